"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_config_type_0 import ActionConfigType0
from .action_current_status import ActionCurrentStatus
from .action_input import ActionInput
from .action_type import ActionType
from .agent import Agent
from .agent_direction_type_0 import AgentDirectionType0
from .agent_interrupt_sensitivity import AgentInterruptSensitivity
from .agent_response import AgentResponse
from .agent_status import AgentStatus
from .agent_status_response import AgentStatusResponse
from .agent_status_summary import AgentStatusSummary
from .agent_who_speaks_first_type_0 import AgentWhoSpeaksFirstType0
from .error import Error
from .message_response import MessageResponse
from .phone_number import PhoneNumber
from .training import Training
from .training_input import TrainingInput
from .training_list_response import TrainingListResponse
from .training_response import TrainingResponse
from .training_status import TrainingStatus
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors
from .voice import Voice
from .voice_template_ref import VoiceTemplateRef

__all__ = (
    "Action",
    "ActionConfigType0",
    "ActionCurrentStatus",
    "ActionInput",
    "ActionType",
    "Agent",
    "AgentDirectionType0",
    "AgentInterruptSensitivity",
    "AgentResponse",
    "AgentStatus",
    "AgentStatusResponse",
    "AgentStatusSummary",
    "AgentWhoSpeaksFirstType0",
    "Error",
    "MessageResponse",
    "PhoneNumber",
    "Training",
    "TrainingInput",
    "TrainingListResponse",
    "TrainingResponse",
    "TrainingStatus",
    "ValidationError",
    "ValidationErrorErrors",
    "Voice",
    "VoiceTemplateRef",
)
