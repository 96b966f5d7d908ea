"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_config_type_0 import ActionConfigType0
from .action_current_status import ActionCurrentStatus
from .action_input import ActionInput
from .action_integration import ActionIntegration
from .action_integration_list_response import ActionIntegrationListResponse
from .action_list_response import ActionListResponse
from .action_response import ActionResponse
from .action_type import ActionType
from .action_upsert_input import ActionUpsertInput
from .action_upsert_input_authorization_scheme import ActionUpsertInputAuthorizationScheme
from .action_upsert_input_current_status import ActionUpsertInputCurrentStatus
from .action_upsert_input_custom_headers_item import ActionUpsertInputCustomHeadersItem
from .action_upsert_input_execution_mode import ActionUpsertInputExecutionMode
from .action_upsert_input_integration import ActionUpsertInputIntegration
from .action_upsert_input_type import ActionUpsertInputType
from .advanced_settings import AdvancedSettings
from .advanced_settings_input import AdvancedSettingsInput
from .advanced_settings_response import AdvancedSettingsResponse
from .advanced_settings_response_data import AdvancedSettingsResponseData
from .agent import Agent
from .agent_calling_response import AgentCallingResponse
from .agent_calling_summary import AgentCallingSummary
from .agent_direction_type_0 import AgentDirectionType0
from .agent_input import AgentInput
from .agent_interrupt_sensitivity import AgentInterruptSensitivity
from .agent_list_response import AgentListResponse
from .agent_message_response import AgentMessageResponse
from .agent_response import AgentResponse
from .agent_status import AgentStatus
from .agent_status_response import AgentStatusResponse
from .agent_status_summary import AgentStatusSummary
from .agent_who_speaks_first_type_0 import AgentWhoSpeaksFirstType0
from .calling_input import CallingInput
from .demo_error import DemoError
from .direction import Direction
from .eligibility import Eligibility
from .eligibility_response import EligibilityResponse
from .error import Error
from .error_details import ErrorDetails
from .error_errors import ErrorErrors
from .health import Health
from .interrupt_sensitivity import InterruptSensitivity
from .knowledge_input import KnowledgeInput
from .language import Language
from .list_agents_direction import ListAgentsDirection
from .list_voice_templates_gender import ListVoiceTemplatesGender
from .message_response import MessageResponse
from .page_meta import PageMeta
from .phone_number import PhoneNumber
from .phone_number_details import PhoneNumberDetails
from .phone_number_details_current_status import PhoneNumberDetailsCurrentStatus
from .phone_number_list_response import PhoneNumberListResponse
from .phone_number_type import PhoneNumberType
from .price_line import PriceLine
from .pricing import Pricing
from .pricing_components import PricingComponents
from .pricing_components_language_model import PricingComponentsLanguageModel
from .pricing_response import PricingResponse
from .pricing_summary import PricingSummary
from .pricing_summary_response import PricingSummaryResponse
from .pricing_summary_voice_quality_tier import PricingSummaryVoiceQualityTier
from .pricing_transport import PricingTransport
from .quality_tier import QualityTier
from .release_request import ReleaseRequest
from .release_request_input import ReleaseRequestInput
from .release_request_list_response import ReleaseRequestListResponse
from .release_request_response import ReleaseRequestResponse
from .release_request_status import ReleaseRequestStatus
from .training import Training
from .training_input import TrainingInput
from .training_list_response import TrainingListResponse
from .training_response import TrainingResponse
from .training_status import TrainingStatus
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors
from .voice import Voice
from .voice_demo import VoiceDemo
from .voice_input import VoiceInput
from .voice_template import VoiceTemplate
from .voice_template_gender import VoiceTemplateGender
from .voice_template_group import VoiceTemplateGroup
from .voice_template_list_response import VoiceTemplateListResponse
from .voice_template_ref import VoiceTemplateRef
from .who_speaks_first import WhoSpeaksFirst

__all__ = (
    "Action",
    "ActionConfigType0",
    "ActionCurrentStatus",
    "ActionInput",
    "ActionIntegration",
    "ActionIntegrationListResponse",
    "ActionListResponse",
    "ActionResponse",
    "ActionType",
    "ActionUpsertInput",
    "ActionUpsertInputAuthorizationScheme",
    "ActionUpsertInputCurrentStatus",
    "ActionUpsertInputCustomHeadersItem",
    "ActionUpsertInputExecutionMode",
    "ActionUpsertInputIntegration",
    "ActionUpsertInputType",
    "AdvancedSettings",
    "AdvancedSettingsInput",
    "AdvancedSettingsResponse",
    "AdvancedSettingsResponseData",
    "Agent",
    "AgentCallingResponse",
    "AgentCallingSummary",
    "AgentDirectionType0",
    "AgentInput",
    "AgentInterruptSensitivity",
    "AgentListResponse",
    "AgentMessageResponse",
    "AgentResponse",
    "AgentStatus",
    "AgentStatusResponse",
    "AgentStatusSummary",
    "AgentWhoSpeaksFirstType0",
    "CallingInput",
    "DemoError",
    "Direction",
    "Eligibility",
    "EligibilityResponse",
    "Error",
    "ErrorDetails",
    "ErrorErrors",
    "Health",
    "InterruptSensitivity",
    "KnowledgeInput",
    "Language",
    "ListAgentsDirection",
    "ListVoiceTemplatesGender",
    "MessageResponse",
    "PageMeta",
    "PhoneNumber",
    "PhoneNumberDetails",
    "PhoneNumberDetailsCurrentStatus",
    "PhoneNumberListResponse",
    "PhoneNumberType",
    "PriceLine",
    "Pricing",
    "PricingComponents",
    "PricingComponentsLanguageModel",
    "PricingResponse",
    "PricingSummary",
    "PricingSummaryResponse",
    "PricingSummaryVoiceQualityTier",
    "PricingTransport",
    "QualityTier",
    "ReleaseRequest",
    "ReleaseRequestInput",
    "ReleaseRequestListResponse",
    "ReleaseRequestResponse",
    "ReleaseRequestStatus",
    "Training",
    "TrainingInput",
    "TrainingListResponse",
    "TrainingResponse",
    "TrainingStatus",
    "ValidationError",
    "ValidationErrorErrors",
    "Voice",
    "VoiceDemo",
    "VoiceInput",
    "VoiceTemplate",
    "VoiceTemplateGender",
    "VoiceTemplateGroup",
    "VoiceTemplateListResponse",
    "VoiceTemplateRef",
    "WhoSpeaksFirst",
)
