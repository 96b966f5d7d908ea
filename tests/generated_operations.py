"""Every generated operation module, found from the spec (so a new operation is covered by
every test that iterates them), with a way to call it with placeholder arguments."""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import talkover_api_client.api

from talkover_spec import dereference, load_spec, operations


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    package = talkover_api_client.api
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found[info.name.rsplit(".", 1)[1]] = module
    return found


class _AnyBody:
    """Stands in for any request body model: the generated code only calls ``to_dict``."""

    def to_dict(self) -> dict[str, Any]:
        return {}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    module: ModuleType

    @property
    def path_parameters(self) -> list[str]:
        return re.findall(r"\{(\w+)\}", self.path)

    def arguments(self, **path_values: str) -> dict[str, Any]:
        """Keyword arguments for ``sync*`` / ``asyncio*``: ``path_values`` or ``"x"`` for each
        path parameter, a stand-in body where one is taken."""
        params = inspect.signature(self.module.sync_detailed).parameters
        kwargs: dict[str, Any] = {name: path_values.get(name, "x") for name in self.path_parameters}
        if "body" in params:
            kwargs["body"] = _AnyBody()
        for name, param in params.items():
            required = param.kind is param.KEYWORD_ONLY and param.default is param.empty
            if required and name not in kwargs and name != "client":
                kwargs[name] = _stand_in(str(param.annotation))
        return kwargs

    def success_example(self) -> Any:
        """The documented example of the operation's success body."""
        spec = load_spec()
        operation = dereference(spec["paths"][self.path][self.method.lower()], spec)
        for status, response in operation["responses"].items():
            if str(status).startswith("2"):
                content = response["content"]["application/json"]
                if "example" in content:
                    return content["example"]
                return next(iter(content["examples"].values()))["value"]
        raise LookupError(self.operation_id)


def _stand_in(annotation: str) -> Any:
    """A value for a required query parameter, by its annotation."""
    if "datetime" in annotation:
        return datetime.datetime(2024, 1, 15, tzinfo=datetime.UTC)
    if "list" in annotation:
        return ["x"]
    return 1 if annotation == "int" else "x"


def all_operations() -> list[Operation]:
    modules = _modules()
    return [
        Operation(operation_id, method, path, modules[snake(operation_id)])
        for operation_id, (method, path) in sorted(operations(load_spec()).items())
    ]
