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
from .active_call import ActiveCall
from .active_call_list_response import ActiveCallListResponse
from .active_call_status import ActiveCallStatus
from .advanced_settings import AdvancedSettings
from .advanced_settings_input import AdvancedSettingsInput
from .advanced_settings_response import AdvancedSettingsResponse
from .advanced_settings_response_data import AdvancedSettingsResponseData
from .agent import Agent
from .agent_call import AgentCall
from .agent_call_list_response import AgentCallListResponse
from .agent_calling_response import AgentCallingResponse
from .agent_calling_summary import AgentCallingSummary
from .agent_direction_type_0 import AgentDirectionType0
from .agent_event import AgentEvent
from .agent_input import AgentInput
from .agent_interrupt_sensitivity import AgentInterruptSensitivity
from .agent_list_response import AgentListResponse
from .agent_message_response import AgentMessageResponse
from .agent_ref import AgentRef
from .agent_response import AgentResponse
from .agent_status import AgentStatus
from .agent_status_response import AgentStatusResponse
from .agent_status_summary import AgentStatusSummary
from .agent_who_speaks_first_type_0 import AgentWhoSpeaksFirstType0
from .auto_topup_history import AutoTopupHistory
from .auto_topup_settings import AutoTopupSettings
from .auto_topup_settings_input import AutoTopupSettingsInput
from .auto_topup_settings_response import AutoTopupSettingsResponse
from .availability_rule import AvailabilityRule
from .availability_rule_input import AvailabilityRuleInput
from .availability_rule_list import AvailabilityRuleList
from .availability_rule_response import AvailabilityRuleResponse
from .availability_rule_type import AvailabilityRuleType
from .availability_rule_update_input import AvailabilityRuleUpdateInput
from .availability_slot import AvailabilitySlot
from .availability_slot_list import AvailabilitySlotList
from .bare_message import BareMessage
from .calendar import Calendar
from .calendar_event import CalendarEvent
from .calendar_event_input import CalendarEventInput
from .calendar_event_list import CalendarEventList
from .calendar_event_response import CalendarEventResponse
from .calendar_event_update_input import CalendarEventUpdateInput
from .calendar_input import CalendarInput
from .calendar_list import CalendarList
from .calendar_member import CalendarMember
from .calendar_member_input import CalendarMemberInput
from .calendar_member_list import CalendarMemberList
from .calendar_member_response import CalendarMemberResponse
from .calendar_member_update_input import CalendarMemberUpdateInput
from .calendar_metadata import CalendarMetadata
from .calendar_response import CalendarResponse
from .calendar_role import CalendarRole
from .calendar_sync import CalendarSync
from .calendar_sync_response import CalendarSyncResponse
from .calendar_sync_status import CalendarSyncStatus
from .calendar_sync_status_list import CalendarSyncStatusList
from .calendar_update_input import CalendarUpdateInput
from .calendar_update_input_metadata import CalendarUpdateInputMetadata
from .call import Call
from .call_created import CallCreated
from .call_event_payload import CallEventPayload
from .call_event_payload_context import CallEventPayloadContext
from .call_list_response import CallListResponse
from .call_status import CallStatus
from .call_time_range import CallTimeRange
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
from .campaign import Campaign
from .campaign_call import CampaignCall
from .campaign_call_entry import CampaignCallEntry
from .campaign_call_response import CampaignCallResponse
from .campaign_call_status import CampaignCallStatus
from .campaign_detail import CampaignDetail
from .campaign_detail_response import CampaignDetailResponse
from .campaign_event import CampaignEvent
from .campaign_event_payload import CampaignEventPayload
from .campaign_event_payload_data import CampaignEventPayloadData
from .campaign_file import CampaignFile
from .campaign_file_status import CampaignFileStatus
from .campaign_input import CampaignInput
from .campaign_list_response import CampaignListResponse
from .campaign_response import CampaignResponse
from .campaign_stats import CampaignStats
from .campaign_status import CampaignStatus
from .campaign_status_input import CampaignStatusInput
from .campaign_status_response import CampaignStatusResponse
from .campaign_status_response_data import CampaignStatusResponseData
from .campaign_summary import CampaignSummary
from .campaign_type import CampaignType
from .campaign_update_input import CampaignUpdateInput
from .campaign_webhook import CampaignWebhook
from .campaign_webhook_input import CampaignWebhookInput
from .campaign_webhook_list_response import CampaignWebhookListResponse
from .campaign_webhook_list_response_data import CampaignWebhookListResponseData
from .campaign_webhook_log_list_response import CampaignWebhookLogListResponse
from .campaign_webhook_response import CampaignWebhookResponse
from .campaign_webhook_retry_response import CampaignWebhookRetryResponse
from .campaign_webhook_retry_response_data import CampaignWebhookRetryResponseData
from .campaign_webhook_update_input import CampaignWebhookUpdateInput
from .charge import Charge
from .charge_response import ChargeResponse
from .conversation_mode import ConversationMode
from .credit_balance import CreditBalance
from .credit_balance_response import CreditBalanceResponse
from .credit_purchase import CreditPurchase
from .credit_purchase_input import CreditPurchaseInput
from .credit_purchase_response import CreditPurchaseResponse
from .demo_error import DemoError
from .direction import Direction
from .do_not_call_list_source import DoNotCallListSource
from .duplicate_call_error import DuplicateCallError
from .eligibility import Eligibility
from .eligibility_response import EligibilityResponse
from .end_call_input import EndCallInput
from .end_call_response import EndCallResponse
from .ended_call import EndedCall
from .error import Error
from .error_details import ErrorDetails
from .error_errors import ErrorErrors
from .error_list import ErrorList
from .event_attendee import EventAttendee
from .event_attendee_input import EventAttendeeInput
from .event_attendee_response import EventAttendeeResponse
from .event_meeting import EventMeeting
from .event_meeting_response import EventMeetingResponse
from .event_owner_type import EventOwnerType
from .event_status import EventStatus
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
from .make_call_input import MakeCallInput
from .make_call_input_context import MakeCallInputContext
from .make_call_input_payload import MakeCallInputPayload
from .make_call_response import MakeCallResponse
from .make_campaign_call_input import MakeCampaignCallInput
from .make_campaign_call_input_context import MakeCampaignCallInputContext
from .make_campaign_call_input_payload import MakeCampaignCallInputPayload
from .message_response import MessageResponse
from .new_user_api_token import NewUserApiToken
from .new_user_api_token_response import NewUserApiTokenResponse
from .page_count import PageCount
from .page_last import PageLast
from .page_meta import PageMeta
from .page_window import PageWindow
from .payment_method import PaymentMethod
from .payment_method_card import PaymentMethodCard
from .payment_method_list import PaymentMethodList
from .payment_method_type import PaymentMethodType
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
from .provider_connection import ProviderConnection
from .provider_connection_input import ProviderConnectionInput
from .provider_connection_list import ProviderConnectionList
from .provider_connection_response import ProviderConnectionResponse
from .provider_connection_status import ProviderConnectionStatus
from .provider_sync import ProviderSync
from .provider_sync_response import ProviderSyncResponse
from .quality_tier import QualityTier
from .release_request import ReleaseRequest
from .release_request_input import ReleaseRequestInput
from .release_request_list_response import ReleaseRequestListResponse
from .release_request_response import ReleaseRequestResponse
from .release_request_status import ReleaseRequestStatus
from .sftp_config import SftpConfig
from .sftp_config_auth_type import SftpConfigAuthType
from .sftp_config_import_schedule import SftpConfigImportSchedule
from .sftp_config_response import SftpConfigResponse
from .sftp_export_input import SftpExportInput
from .sftp_export_response import SftpExportResponse
from .sftp_export_response_data import SftpExportResponseData
from .sftp_import_response import SftpImportResponse
from .sftp_import_response_data import SftpImportResponseData
from .sftp_input import SftpInput
from .sftp_log import SftpLog
from .sftp_log_list_response import SftpLogListResponse
from .sftp_log_status import SftpLogStatus
from .sftp_log_type import SftpLogType
from .sftp_test_response import SftpTestResponse
from .sftp_test_response_data import SftpTestResponseData
from .sftp_update_input import SftpUpdateInput
from .sftp_update_input_auth_type import SftpUpdateInputAuthType
from .sftp_update_input_import_schedule import SftpUpdateInputImportSchedule
from .sip_did import SipDid
from .sip_did_input import SipDidInput
from .sip_did_list import SipDidList
from .sip_did_response import SipDidResponse
from .sip_health import SipHealth
from .sip_health_response import SipHealthResponse
from .sip_health_status import SipHealthStatus
from .sip_transport import SipTransport
from .sip_trunk import SipTrunk
from .sip_trunk_input import SipTrunkInput
from .sip_trunk_list import SipTrunkList
from .sip_trunk_response import SipTrunkResponse
from .sip_trunk_settings import SipTrunkSettings
from .sip_verification import SipVerification
from .sip_verification_failed import SipVerificationFailed
from .sip_verification_response import SipVerificationResponse
from .source_agent import SourceAgent
from .source_agent_list_response import SourceAgentListResponse
from .topup import Topup
from .topup_status import TopupStatus
from .topup_trigger import TopupTrigger
from .training import Training
from .training_input import TrainingInput
from .training_list_response import TrainingListResponse
from .training_response import TrainingResponse
from .training_status import TrainingStatus
from .user import User
from .user_api_token import UserApiToken
from .user_api_token_input import UserApiTokenInput
from .user_api_token_list import UserApiTokenList
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
    "ActiveCall",
    "ActiveCallListResponse",
    "ActiveCallStatus",
    "AdvancedSettings",
    "AdvancedSettingsInput",
    "AdvancedSettingsResponse",
    "AdvancedSettingsResponseData",
    "Agent",
    "AgentCall",
    "AgentCallingResponse",
    "AgentCallingSummary",
    "AgentCallListResponse",
    "AgentDirectionType0",
    "AgentEvent",
    "AgentInput",
    "AgentInterruptSensitivity",
    "AgentListResponse",
    "AgentMessageResponse",
    "AgentRef",
    "AgentResponse",
    "AgentStatus",
    "AgentStatusResponse",
    "AgentStatusSummary",
    "AgentWhoSpeaksFirstType0",
    "AutoTopupHistory",
    "AutoTopupSettings",
    "AutoTopupSettingsInput",
    "AutoTopupSettingsResponse",
    "AvailabilityRule",
    "AvailabilityRuleInput",
    "AvailabilityRuleList",
    "AvailabilityRuleResponse",
    "AvailabilityRuleType",
    "AvailabilityRuleUpdateInput",
    "AvailabilitySlot",
    "AvailabilitySlotList",
    "BareMessage",
    "Calendar",
    "CalendarEvent",
    "CalendarEventInput",
    "CalendarEventList",
    "CalendarEventResponse",
    "CalendarEventUpdateInput",
    "CalendarInput",
    "CalendarList",
    "CalendarMember",
    "CalendarMemberInput",
    "CalendarMemberList",
    "CalendarMemberResponse",
    "CalendarMemberUpdateInput",
    "CalendarMetadata",
    "CalendarResponse",
    "CalendarRole",
    "CalendarSync",
    "CalendarSyncResponse",
    "CalendarSyncStatus",
    "CalendarSyncStatusList",
    "CalendarUpdateInput",
    "CalendarUpdateInputMetadata",
    "Call",
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
    "CallCreated",
    "CallEventPayload",
    "CallEventPayloadContext",
    "CallingInput",
    "CallListResponse",
    "CallStatus",
    "CallTimeRange",
    "Campaign",
    "CampaignCall",
    "CampaignCallEntry",
    "CampaignCallResponse",
    "CampaignCallStatus",
    "CampaignDetail",
    "CampaignDetailResponse",
    "CampaignEvent",
    "CampaignEventPayload",
    "CampaignEventPayloadData",
    "CampaignFile",
    "CampaignFileStatus",
    "CampaignInput",
    "CampaignListResponse",
    "CampaignResponse",
    "CampaignStats",
    "CampaignStatus",
    "CampaignStatusInput",
    "CampaignStatusResponse",
    "CampaignStatusResponseData",
    "CampaignSummary",
    "CampaignType",
    "CampaignUpdateInput",
    "CampaignWebhook",
    "CampaignWebhookInput",
    "CampaignWebhookListResponse",
    "CampaignWebhookListResponseData",
    "CampaignWebhookLogListResponse",
    "CampaignWebhookResponse",
    "CampaignWebhookRetryResponse",
    "CampaignWebhookRetryResponseData",
    "CampaignWebhookUpdateInput",
    "Charge",
    "ChargeResponse",
    "ConversationMode",
    "CreditBalance",
    "CreditBalanceResponse",
    "CreditPurchase",
    "CreditPurchaseInput",
    "CreditPurchaseResponse",
    "DemoError",
    "Direction",
    "DoNotCallListSource",
    "DuplicateCallError",
    "Eligibility",
    "EligibilityResponse",
    "EndCallInput",
    "EndCallResponse",
    "EndedCall",
    "Error",
    "ErrorDetails",
    "ErrorErrors",
    "ErrorList",
    "EventAttendee",
    "EventAttendeeInput",
    "EventAttendeeResponse",
    "EventMeeting",
    "EventMeetingResponse",
    "EventOwnerType",
    "EventStatus",
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
    "MakeCallInput",
    "MakeCallInputContext",
    "MakeCallInputPayload",
    "MakeCallResponse",
    "MakeCampaignCallInput",
    "MakeCampaignCallInputContext",
    "MakeCampaignCallInputPayload",
    "MessageResponse",
    "NewUserApiToken",
    "NewUserApiTokenResponse",
    "PageCount",
    "PageLast",
    "PageMeta",
    "PageWindow",
    "PaymentMethod",
    "PaymentMethodCard",
    "PaymentMethodList",
    "PaymentMethodType",
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
    "ProviderConnection",
    "ProviderConnectionInput",
    "ProviderConnectionList",
    "ProviderConnectionResponse",
    "ProviderConnectionStatus",
    "ProviderSync",
    "ProviderSyncResponse",
    "QualityTier",
    "ReleaseRequest",
    "ReleaseRequestInput",
    "ReleaseRequestListResponse",
    "ReleaseRequestResponse",
    "ReleaseRequestStatus",
    "SftpConfig",
    "SftpConfigAuthType",
    "SftpConfigImportSchedule",
    "SftpConfigResponse",
    "SftpExportInput",
    "SftpExportResponse",
    "SftpExportResponseData",
    "SftpImportResponse",
    "SftpImportResponseData",
    "SftpInput",
    "SftpLog",
    "SftpLogListResponse",
    "SftpLogStatus",
    "SftpLogType",
    "SftpTestResponse",
    "SftpTestResponseData",
    "SftpUpdateInput",
    "SftpUpdateInputAuthType",
    "SftpUpdateInputImportSchedule",
    "SipDid",
    "SipDidInput",
    "SipDidList",
    "SipDidResponse",
    "SipHealth",
    "SipHealthResponse",
    "SipHealthStatus",
    "SipTransport",
    "SipTrunk",
    "SipTrunkInput",
    "SipTrunkList",
    "SipTrunkResponse",
    "SipTrunkSettings",
    "SipVerification",
    "SipVerificationFailed",
    "SipVerificationResponse",
    "SourceAgent",
    "SourceAgentListResponse",
    "Topup",
    "TopupStatus",
    "TopupTrigger",
    "Training",
    "TrainingInput",
    "TrainingListResponse",
    "TrainingResponse",
    "TrainingStatus",
    "User",
    "UserApiToken",
    "UserApiTokenInput",
    "UserApiTokenList",
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
