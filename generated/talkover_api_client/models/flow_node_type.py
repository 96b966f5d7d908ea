from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_NODE_TYPE_VALUES!r}")
