from typing import Literal, cast

from .._drift import unknown_value

FlowNodeType = Literal["action", "ask", "decision", "end", "say", "transfer"]

FLOW_NODE_TYPE_VALUES: set[FlowNodeType] = {
    "action",
    "ask",
    "decision",
    "end",
    "say",
    "transfer",
}


def check_flow_node_type(value: str) -> FlowNodeType:
    if value in FLOW_NODE_TYPE_VALUES:
        return value
    unknown_value("FlowNodeType", value, FLOW_NODE_TYPE_VALUES)
    return cast(FlowNodeType, value)
