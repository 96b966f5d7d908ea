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
from .agent_event import AgentEvent
from .agent_input import AgentInput
from .agent_interrupt_sensitivity import AgentInterruptSensitivity
from .agent_list_response import AgentListResponse
from .agent_message_response import AgentMessageResponse
from .agent_response import AgentResponse
from .agent_status import AgentStatus
from .agent_status_response import AgentStatusResponse
from .agent_status_summary import AgentStatusSummary
from .agent_who_speaks_first_type_0 import AgentWhoSpeaksFirstType0
from .callback_agent import CallbackAgent
from .callback_agent_detail_response import CallbackAgentDetailResponse
from .callback_agent_detail_response_data import CallbackAgentDetailResponseData
from .callback_agent_detail_response_data_agent import CallbackAgentDetailResponseDataAgent
from .callback_agent_detail_response_data_source_agents_item import CallbackAgentDetailResponseDataSourceAgentsItem
from .callback_agent_detail_response_data_stats import CallbackAgentDetailResponseDataStats
from .callback_agent_list_response import CallbackAgentListResponse
from .callback_config import CallbackConfig
from .callback_constraints_input import CallbackConstraintsInput
from .callback_constraints_input_callback_trigger_statuses_item import (
    CallbackConstraintsInputCallbackTriggerStatusesItem,
)
from .callback_role_response import CallbackRoleResponse
from .callback_role_response_data import CallbackRoleResponseData
from .callback_sources_input import CallbackSourcesInput
from .callback_stats_response import CallbackStatsResponse
from .callback_stats_response_data import CallbackStatsResponseData
from .callback_stats_response_data_callbacks_by_source_agent_item import (
    CallbackStatsResponseDataCallbacksBySourceAgentItem,
)
from .callback_stats_response_data_period import CallbackStatsResponseDataPeriod
from .calling_input import CallingInput
from .conversation_mode import ConversationMode
from .demo_error import DemoError
from .direction import Direction
from .eligibility import Eligibility
from .eligibility_response import EligibilityResponse
from .error import Error
from .error_details import ErrorDetails
from .error_errors import ErrorErrors
from .error_list import ErrorList
from .flow import Flow
from .flow_config import FlowConfig
from .flow_config_global_functions_item import FlowConfigGlobalFunctionsItem
from .flow_config_meta import FlowConfigMeta
from .flow_input import FlowInput
from .flow_node import FlowNode
from .flow_node_branches_item import FlowNodeBranchesItem
from .flow_node_type import FlowNodeType
from .flow_response import FlowResponse
from .flow_validate_input import FlowValidateInput
from .flow_version import FlowVersion
from .flow_version_list_response import FlowVersionListResponse
from .flow_version_list_response_data import FlowVersionListResponseData
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
from .source_agent import SourceAgent
from .source_agent_list_response import SourceAgentListResponse
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
from .webhook import Webhook
from .webhook_input import WebhookInput
from .webhook_list_response import WebhookListResponse
from .webhook_list_response_data import WebhookListResponseData
from .webhook_list_response_data_available_events import WebhookListResponseDataAvailableEvents
from .webhook_log import WebhookLog
from .webhook_log_list_response import WebhookLogListResponse
from .webhook_log_request_payload import WebhookLogRequestPayload
from .webhook_log_response_headers import WebhookLogResponseHeaders
from .webhook_log_status import WebhookLogStatus
from .webhook_response import WebhookResponse
from .webhook_retry_response import WebhookRetryResponse
from .webhook_retry_response_data import WebhookRetryResponseData
from .webhook_settings import WebhookSettings
from .webhook_settings_authorization_scheme import WebhookSettingsAuthorizationScheme
from .webhook_settings_custom_headers_item import WebhookSettingsCustomHeadersItem
from .webhook_settings_http_method import WebhookSettingsHttpMethod
from .webhook_settings_payload_templates import WebhookSettingsPayloadTemplates
from .webhook_settings_payload_templates_additional_property import WebhookSettingsPayloadTemplatesAdditionalProperty
from .webhook_status import WebhookStatus
from .webhook_test_payload import WebhookTestPayload
from .webhook_test_response import WebhookTestResponse
from .webhook_test_response_data import WebhookTestResponseData
from .webhook_update_input import WebhookUpdateInput
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
    "AgentEvent",
    "AgentInput",
    "AgentInterruptSensitivity",
    "AgentListResponse",
    "AgentMessageResponse",
    "AgentResponse",
    "AgentStatus",
    "AgentStatusResponse",
    "AgentStatusSummary",
    "AgentWhoSpeaksFirstType0",
    "CallbackAgent",
    "CallbackAgentDetailResponse",
    "CallbackAgentDetailResponseData",
    "CallbackAgentDetailResponseDataAgent",
    "CallbackAgentDetailResponseDataSourceAgentsItem",
    "CallbackAgentDetailResponseDataStats",
    "CallbackAgentListResponse",
    "CallbackConfig",
    "CallbackConstraintsInput",
    "CallbackConstraintsInputCallbackTriggerStatusesItem",
    "CallbackRoleResponse",
    "CallbackRoleResponseData",
    "CallbackSourcesInput",
    "CallbackStatsResponse",
    "CallbackStatsResponseData",
    "CallbackStatsResponseDataCallbacksBySourceAgentItem",
    "CallbackStatsResponseDataPeriod",
    "CallingInput",
    "ConversationMode",
    "DemoError",
    "Direction",
    "Eligibility",
    "EligibilityResponse",
    "Error",
    "ErrorDetails",
    "ErrorErrors",
    "ErrorList",
    "Flow",
    "FlowConfig",
    "FlowConfigGlobalFunctionsItem",
    "FlowConfigMeta",
    "FlowInput",
    "FlowNode",
    "FlowNodeBranchesItem",
    "FlowNodeType",
    "FlowResponse",
    "FlowValidateInput",
    "FlowVersion",
    "FlowVersionListResponse",
    "FlowVersionListResponseData",
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
    "SourceAgent",
    "SourceAgentListResponse",
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
    "Webhook",
    "WebhookInput",
    "WebhookListResponse",
    "WebhookListResponseData",
    "WebhookListResponseDataAvailableEvents",
    "WebhookLog",
    "WebhookLogListResponse",
    "WebhookLogRequestPayload",
    "WebhookLogResponseHeaders",
    "WebhookLogStatus",
    "WebhookResponse",
    "WebhookRetryResponse",
    "WebhookRetryResponseData",
    "WebhookSettings",
    "WebhookSettingsAuthorizationScheme",
    "WebhookSettingsCustomHeadersItem",
    "WebhookSettingsHttpMethod",
    "WebhookSettingsPayloadTemplates",
    "WebhookSettingsPayloadTemplatesAdditionalProperty",
    "WebhookStatus",
    "WebhookTestPayload",
    "WebhookTestResponse",
    "WebhookTestResponseData",
    "WebhookUpdateInput",
    "WhoSpeaksFirst",
)
