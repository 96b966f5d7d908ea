"""Generate the client's resource layer (``talkover_api_client/resources.py``) from the spec.

One class per namespace (``tk.agents``, ``tk.agents.trainings``, …), sync and async, each with a
``with_raw_response`` twin, one method per operation; all four variants are rendered from the
one description of the operation this module builds, so they cannot drift apart.

What comes from where:

- **Namespaces** from the operation's first tag: the tag's ``x-talkover-sdk-namespace``
  (``agents.trainings``), else the tag's name in snake case (``phone_numbers``).
- **Method names** from the ``operationId`` in snake case, less the words that name the
  namespace (``deleteTraining`` in ``agents.trainings`` is ``delete``); an operation's
  ``x-talkover-sdk-method`` overrides that where the rule reads badly. Two operations with
  one name in a namespace fail the generation.
- **Results**: a success body with a ``data`` member is unwrapped to it; one that also has a
  page object (a member with ``current_page``, ``per_page`` and ``total``) and an operation
  with a ``page`` parameter is a page that iterates across all pages.
- **Python types** from the code openapi-python-client has just generated (the endpoint
  module's ``sync_detailed`` and the body model's fields, read with :mod:`ast`), so a
  method's signature is exactly what the generated operation takes.
"""

from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

TEMPLATE = Path(__file__).resolve().parents[2] / "codegen" / "extra" / "resources.py.jinja"
PACKAGE = "talkover_api_client"
METHODS = ("get", "put", "post", "delete", "patch")
# Names an annotation may use without an import.
_BUILTIN_NAMES = {"str", "int", "float", "bool", "None", "list", "dict", "bytes"}
# Inside a class with a method called ``list``, ``list[X]`` would name the method.
_SHADOWED = {"list", "dict"}


class SdkGenerationError(RuntimeError):
    """The spec or the generated code does not give a well-formed resource layer."""


def _wrapped(text: str, width: int = 88) -> list[str]:
    """Prose wrapped for a docstring (blank lines between paragraphs kept)."""
    out: list[str] = []
    for paragraph in str(text).strip().split("\n\n"):
        line = ""
        for word in " ".join(paragraph.split()).split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            out.append(line)
        out.append("")
    return out[:-1]


def snake_case(value: str) -> str:
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", words)
    return re.sub(r"[^a-z0-9]+", "_", words.lower()).strip("_")


def _nouns(namespace: tuple[str, ...]) -> set[str]:
    words: set[str] = set()
    for segment in namespace:
        for word in segment.split("_"):
            singular = word[:-1] if word.endswith("s") else word
            words |= {word, singular, singular + "s"}
    return words


def method_name(operation_id: str, namespace: tuple[str, ...]) -> str:
    words = snake_case(operation_id).split("_")
    kept = [word for word in words if word not in _nouns(namespace)]
    return "_".join(kept or words)


@dataclass(frozen=True)
class Param:
    name: str
    annotation: str
    default: str | None = None
    description: str = ""

    def render(self) -> str:
        text = f"{self.name}: {self.annotation}"
        return text if self.default is None else f"{text} = {self.default}"


@dataclass
class Operation:
    operation_id: str
    namespace: tuple[str, ...]
    name: str
    summary: str
    method: str
    path: str
    module: str  # api.<tag>.<module>, relative to the package
    path_params: list[Param]
    query: list[Param]
    body_class: tuple[str, str] | None  # (module, class) when the body's fields are keywords
    body_fields: list[Param]
    body_param: Param | None  # the body as one keyword, where its fields cannot be keywords
    raw_returns: str
    returns: str
    unwrap: bool
    page_key: str | None
    item: str | None
    description: str = ""

    @property
    def docstring(self) -> str:
        """The method's docstring: the spec's summary, description and parameters."""
        lines = [f"{self.summary}: ``{self.method} {self.path}``."]
        if self.description:
            lines += ["", *_wrapped(self.description)]
        params = [
            *self.path_params, *self.body_fields, *([self.body_param] if self.body_param else []),
            *self.query,
        ]  # fmt: skip
        documented = [p for p in params if p.description]
        if documented:
            lines += ["", "Args:"]
            for p in documented:
                first, *rest = _wrapped(f"{p.name}: {p.description}", 84)
                lines += [f"    {first}", *(f"        {r}" for r in rest)]
        text = "\n".join(lines).replace("\\", "\\\\")
        return text.replace('"""', "'" * 3)

    @property
    def signature(self) -> str:
        parts = ["self", *(p.render() for p in self.path_params)]
        keywords = [
            *(p.render() for p in self.body_fields if p.default is None),
            *(p.render() for p in self.body_fields if p.default is not None),
            *([self.body_param.render()] if self.body_param else []),
            *(p.render() for p in self.query),
        ]
        if keywords:
            parts += ["*", *keywords]
        return ", ".join(parts)

    @property
    def call_args(self) -> str:
        """The arguments of the generated ``sync_detailed`` / ``asyncio_detailed``."""
        parts = [f"_{p.name}" for p in self.path_params]
        parts.append("client=self._client")
        if self.body_class or self.body_param:
            parts.append("body=_body")
        parts += [f"{p.name}=_{p.name}" for p in self.query]
        return ", ".join(parts)

    @property
    def public_name(self) -> str:
        """How a user calls it: ``agents.trainings.create_or_update``."""
        return ".".join([*self.namespace, self.name])

    @property
    def body_args(self) -> str:
        return ", ".join(f"{p.name}={p.name}" for p in self.body_fields)


@dataclass
class Namespace:
    path: tuple[str, ...]
    description: str = ""
    operations: list[Operation] = field(default_factory=list)
    children: list[Namespace] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        name = "".join(part.title().replace("_", "") for part in self.path)
        return f"{name}Resource" if name else "Resources"


class _Imports:
    """Where each name an annotation uses comes from, across the modules it was read in."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name -> "from <module> import <name>" line
        self.modules: set[str] = set()  # plain "import <module>"

    def line_for(self, name: str, table: dict[str, str]) -> None:
        if name in _BUILTIN_NAMES:
            return
        if name not in table:
            raise SdkGenerationError(f"the generated code uses {name!r} without an import")
        source = table[name]
        if source.startswith("import "):
            self.modules.add(source.removeprefix("import "))
            return
        known = self.names.setdefault(name, source)
        if known != source:
            raise SdkGenerationError(f"{name!r} comes from both {known!r} and {source!r}")

    def lines(self) -> list[str]:
        return sorted({*self.names.values(), *(f"import {m}" for m in self.modules)})


def _import_table(tree: ast.Module, module: str) -> dict[str, str]:
    """``name -> import line`` (relative to the package root) for a generated module."""
    package = module.split(".")
    table: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level]
                target = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            else:
                target = node.module or ""
            if target.startswith(PACKAGE + "."):
                target = "." + target.removeprefix(PACKAGE + ".")
            for alias in node.names:
                table[alias.asname or alias.name] = f"from {target} import {alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                table[alias.asname or alias.name] = f"import {alias.name}"
    return table


class _Annotation(ast.NodeTransformer):
    def __init__(self, table: dict[str, str], imports: _Imports) -> None:
        self.table, self.imports = table, imports

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in _SHADOWED:
            self.imports.modules.add("builtins")
            return ast.Attribute(value=ast.Name("builtins", ast.Load()), attr=node.id)
        self.imports.line_for(node.id, self.table)
        return node


def _annotation(node: ast.expr | None, table: dict[str, str], imports: _Imports) -> str:
    if node is None:
        raise SdkGenerationError("an argument of the generated code has no annotation")
    return ast.unparse(_Annotation(table, imports).visit(ast.parse(ast.unparse(node))).body[0])


_MODEL_LINE = re.compile(r"from \.(models\.\w+) import (\w+)")
_PARAM = "{}Param"


class _Widen(ast.NodeTransformer):
    """An argument's annotation as a user may fill it: a generated model class also as its
    plain-dict form (the ``TypedDict`` ``<Model>Param``, collected in ``params``), a date or a
    datetime also as its ISO string."""

    def __init__(self, table: dict[str, str], params: _Params) -> None:
        self.table, self.params = table, params
        self.added: dict[str, str] = {}

    def visit_Name(self, node: ast.Name) -> ast.AST:
        match = _MODEL_LINE.fullmatch(self.table.get(node.id, ""))
        if match and self.params.want(node.id, match.group(1)):
            name = _PARAM.format(node.id)
            self.added[name] = f"from .params import {name}"
            return ast.BinOp(node, ast.BitOr(), ast.Name(name, ast.Load()))
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if ast.unparse(node) in ("datetime.date", "datetime.datetime"):
            return ast.BinOp(node, ast.BitOr(), ast.Name("str", ast.Load()))
        return node


def _without_unset(node: ast.expr) -> ast.expr | None:
    """``node`` less its ``Unset`` member (a ``TypedDict`` key says absent by its absence)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _without_unset(node.left), _without_unset(node.right)
        if left is None or right is None:
            return left or right
        return ast.BinOp(left, ast.BitOr(), right)
    return None if isinstance(node, ast.Name) and node.id == "Unset" else node


def _argument(
    node: ast.expr | None,
    table: dict[str, str],
    imports: _Imports,
    params: _Params,
    *,
    drop_unset: bool = False,
) -> str:
    """An argument's annotation, widened (``_Widen``), its names imported."""
    if node is None:
        raise SdkGenerationError("an argument of the generated code has no annotation")
    widen = _Widen(table, params)
    tree: ast.expr | None = widen.visit(ast.parse(ast.unparse(node)).body[0])
    assert isinstance(tree, ast.Expr)
    value: ast.expr | None = tree.value
    if drop_unset:
        value = _without_unset(tree.value)
        if value is None:
            raise SdkGenerationError("an annotation of only Unset")
    assert value is not None
    return _annotation(value, {**table, **widen.added}, imports)


@dataclass
class _ParamDict:
    name: str
    fields: list[tuple[str, str, bool]]
    """(field, annotation, required); none: a free-form object."""


class _Params:
    """The ``TypedDict`` of every model a method takes, read from the generated model."""

    def __init__(self, package: _Package) -> None:
        self.package = package
        self.imports = _Imports()
        self.dicts: dict[str, _ParamDict] = {}

    def want(self, model: str, module: str) -> bool:
        """Whether ``model`` is a class (a ``Literal`` enum alias is not): then its dict form is
        made, with those of the models its fields take."""
        source = self.package.source(module)
        if not any(isinstance(n, ast.ClassDef) and n.name == model for n in source.tree.body):
            return False
        name = _PARAM.format(model)
        if name not in self.dicts:
            self.dicts[name] = _ParamDict(name, [])
            fields = []
            keys = source.wire_names(model)
            for item in source.class_fields(model):
                annotation = _argument(
                    item.annotation, source.table, self.imports, self, drop_unset=True
                )
                key = keys.get(_target(item))
                if key is None:
                    raise SdkGenerationError(f"{model}.from_dict reads no key for {_target(item)}")
                fields.append((key, annotation, item.value is None))
            self.dicts[name].fields = fields
        return True

    def render(self) -> str:
        lines = [
            '"""Plain-dict forms of the models the client\'s methods take: pass a ``dict`` where a',
            "method takes a model, and mypy checks it against these. Generated by",
            '``talkover_tools.sdkgen``; do not edit."""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Mapping",
            "from typing import TYPE_CHECKING, Any, NotRequired, TypeAlias, TypedDict",
            "",
            "if TYPE_CHECKING:",
            *(
                f"    {line}"
                for line in self.imports.lines()
                if "from .params" not in line and line != "from typing import Any"
            ),
            "    pass",
        ]
        for param in sorted(self.dicts.values(), key=lambda p: p.name):
            lines += ["", ""]
            if not param.fields:
                lines.append(f"{param.name}: TypeAlias = Mapping[str, Any]")
                continue
            members = [
                (key, annotation if required else f"NotRequired[{annotation}]")
                for key, annotation, required in param.fields
            ]
            if all(key.isidentifier() and not keyword.iskeyword(key) for key, _ in members):
                lines.append(f"class {param.name}(TypedDict):")
                lines += [f"    {key}: {annotation}" for key, annotation in members]
            else:  # a JSON key Python cannot spell as a class member
                lines.append(f"{param.name} = TypedDict(")
                lines.append(f'    "{param.name}",')
                lines.append("    {")
                lines += [f'        "{key}": {annotation},' for key, annotation in members]
                lines += ["    },", ")"]
        names = sorted(self.dicts)
        lines += ["", "", "__all__ = [", *(f'    "{n}",' for n in names), "]"]
        return "\n".join(lines) + "\n"


@dataclass
class _Source:
    tree: ast.Module
    table: dict[str, str]

    def function(self, name: str) -> ast.FunctionDef:
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                return node
        raise SdkGenerationError(f"no function {name} in the generated module")

    def wire_names(self, name: str) -> dict[str, str]:
        """``attribute -> JSON key`` of a model, from what its ``from_dict`` pops."""
        found: dict[str, str] = {}
        for node in self.tree.body:
            if not (isinstance(node, ast.ClassDef) and node.name == name):
                continue
            for member in node.body:
                if not (isinstance(member, ast.FunctionDef) and member.name == "from_dict"):
                    continue
                for statement in ast.walk(member):
                    if not isinstance(statement, ast.Assign):
                        continue
                    target = statement.targets[0]
                    for call in ast.walk(statement.value):
                        if (
                            isinstance(target, ast.Name)
                            and isinstance(call, ast.Call)
                            and ast.unparse(call.func) == "d.pop"
                            and isinstance(call.args[0], ast.Constant)
                        ):
                            found.setdefault(target.id.lstrip("_"), str(call.args[0].value))
        return found

    def class_fields(self, name: str) -> list[ast.AnnAssign]:
        for node in self.tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                return [
                    item
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.target.id != "additional_properties"
                ]
        raise SdkGenerationError(f"no class {name} in the generated module")


class _Package:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._sources: dict[str, _Source] = {}

    def source(self, module: str) -> _Source:
        """``module`` relative to the package (``api.agents.list_agents``)."""
        if module not in self._sources:
            path = self.root.joinpath(*module.split(".")).with_suffix(".py")
            if not path.is_file():
                raise SdkGenerationError(f"the generator wrote no {path.name} ({module})")
            tree = ast.parse(path.read_text())
            self._sources[module] = _Source(tree, _import_table(tree, f"{PACKAGE}.{module}"))
        return self._sources[module]

    def model_module(self, name: str, table: dict[str, str]) -> str:
        line = table.get(name, "")
        match = re.fullmatch(r"from \.(models\.\w+) import \w+", line)
        if not match:
            raise SdkGenerationError(f"{name!r} is not a generated model")
        return match.group(1)

    def endpoint_module(self, operation_id: str) -> str:
        name = snake_case(operation_id)
        found = sorted(self.root.glob(f"api/*/{name}.py"))
        if len(found) != 1:
            raise SdkGenerationError(f"{operation_id}: {len(found)} generated modules {name}.py")
        return f"api.{found[0].parent.name}.{name}"


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(spec, schema)
    found: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        for name, member in _properties(spec, part).items():  # `{}` adds no words (D56)
            found[name] = {**_resolve(spec, found.get(name, {})), **_resolve(spec, member)}
    return found


def _success_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    codes = sorted(code for code in operation["responses"] if str(code).startswith("2"))
    response = _resolve(spec, operation["responses"][codes[0]])
    content = response.get("content", {}).get("application/json", {})
    return dict(content.get("schema", {}))


def page_key(spec: dict[str, Any], operation: dict[str, Any], params: list[str]) -> str | None:
    """The member of the success body that is its page object, for an operation that pages.

    The operation's ``x-talkover-pagination`` names it; a list that looks paged (a ``page``
    parameter, a ``data`` array and a member with ``current_page``, ``per_page`` and ``total``)
    without the extension, or an extension that names no such member, fails the generation.
    """
    members = _properties(spec, _success_schema(spec, operation))
    named = operation.get("x-talkover-pagination")
    looks_paged = [
        str(key)
        for key, member in members.items()
        if {"current_page", "per_page", "total"} <= set(_properties(spec, member))
    ]
    is_list = _resolve(spec, members.get("data", {})).get("type") == "array"
    if named is None:
        if looks_paged and is_list and "page" in params:
            raise SdkGenerationError(
                f"{operation['operationId']}: pages by {looks_paged[0]!r} without "
                "x-talkover-pagination"
            )
        return None
    if named not in looks_paged or not is_list or "page" not in params:
        raise SdkGenerationError(
            f"{operation['operationId']}: x-talkover-pagination {named!r} is not a page object "
            "of a data list with a page parameter"
        )
    return str(named)


def _operation(
    spec: dict[str, Any],
    package: _Package,
    imports: _Imports,
    params: _Params,
    method: str,
    path: str,
    operation: dict[str, Any],
    namespace: tuple[str, ...],
) -> Operation:
    operation_id = str(operation["operationId"])
    module = package.endpoint_module(operation_id)
    source = package.source(module)
    detailed = source.function("sync_detailed")
    described = {
        str(p["name"]): str(p.get("description") or "")
        for p in (_resolve(spec, each) for each in operation.get("parameters", []))
    }
    path_params = [
        Param(
            arg.arg,
            _annotation(arg.annotation, source.table, imports),
            description=described.get(arg.arg, ""),
        )
        for arg in detailed.args.args
    ]
    keywords = dict(zip(detailed.args.kwonlyargs, detailed.args.kw_defaults, strict=True))
    query: list[Param] = []
    body_node: ast.arg | None = None
    for arg, default in keywords.items():
        if arg.arg == "client":
            continue
        if arg.arg == "body":
            body_node = arg
            continue
        annotation = _argument(arg.annotation, source.table, imports, params)
        query.append(
            Param(
                arg.arg,
                annotation,
                ast.unparse(default) if default else None,
                described.get(arg.arg, ""),
            )
        )
    taken = {p.name for p in path_params} | {p.name for p in query} | {"self", "body"}

    body_class: tuple[str, str] | None = None
    body_fields: list[Param] = []
    body_param: Param | None = None
    if body_node is not None:
        annotation = ast.unparse(body_node.annotation) if body_node.annotation else ""
        model = package.model_module(annotation, source.table) if annotation.isidentifier() else ""
        fields: list[Param] = []
        request = operation.get("requestBody", {})
        schema = _resolve(spec, request).get("content", {}).get("application/json", {})
        documented = _properties(spec, schema.get("schema", {}))
        if model:
            model_source = package.source(model)
            for item in model_source.class_fields(annotation):
                assert isinstance(item.target, ast.Name)
                field = _resolve(spec, documented.get(item.target.id, {}))
                fields.append(
                    Param(
                        item.target.id,
                        _argument(item.annotation, model_source.table, imports, params),
                        ast.unparse(item.value) if item.value is not None else None,
                        str(field.get("description") or ""),
                    )
                )
        if model and not {p.name for p in fields} & taken:
            body_class, body_fields = (model, annotation), fields
        else:
            body_param = Param(
                "body",
                _argument(body_node.annotation, source.table, imports, params),
                description=str(_resolve(spec, request).get("description") or ""),
            )

    raw_returns = _annotation(detailed.returns, source.table, imports)
    sync_returns = source.function("sync").returns
    success = ast.unparse(sync_returns) if sync_returns else "None"
    if success.isidentifier():
        imports.line_for(success, source.table)
    members = _properties(spec, _success_schema(spec, operation))
    unwrap = "data" in members and success.isidentifier()
    returns: str = success
    item_type: str | None = None
    key = page_key(spec, operation, [p.name for p in query])
    if unwrap:
        model_source = package.source(package.model_module(success, source.table))
        data = next(f for f in model_source.class_fields(success) if _target(f) == "data")
        returns = _annotation(data.annotation, model_source.table, imports)
        if key is not None:
            inner = data.annotation
            if not (isinstance(inner, ast.Subscript) and ast.unparse(inner.value) == "list"):
                raise SdkGenerationError(f"{operation_id}: a paged list's data is not a list")
            item_type = _annotation(inner.slice, model_source.table, imports)
    summary = str(operation.get("summary") or operation_id)
    return Operation(
        operation_id=operation_id,
        namespace=namespace,
        name="",
        summary=summary.rstrip("."),
        method=method.upper(),
        path=path,
        module=module,
        path_params=path_params,
        query=query,
        body_class=body_class,
        body_fields=body_fields,
        body_param=body_param,
        raw_returns=raw_returns,
        returns=returns,
        unwrap=unwrap,
        page_key=key if unwrap else None,
        item=item_type if unwrap else None,
        description=str(operation.get("description") or ""),
    )


def _target(node: ast.AnnAssign) -> str:
    return node.target.id if isinstance(node.target, ast.Name) else ""


def plan(spec: dict[str, Any], package_root: Path) -> tuple[Namespace, _Imports, _Params]:
    """The namespace tree of every operation in ``spec``, typed from ``package_root``, and the
    plain-dict forms of the models its methods take."""
    tags = {str(tag["name"]): tag for tag in spec.get("tags", [])}
    package, imports = _Package(package_root), _Imports()
    params = _Params(package)
    root = Namespace(())
    nodes: dict[tuple[str, ...], Namespace] = {(): root}

    def node(path: tuple[str, ...]) -> Namespace:
        if path not in nodes:
            parent = node(path[:-1])
            nodes[path] = Namespace(path)
            parent.children.append(nodes[path])
        return nodes[path]

    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            tag = str((operation.get("tags") or ["default"])[0])
            tag_spec = tags.get(tag, {})
            namespace = tuple(
                str(tag_spec.get("x-talkover-sdk-namespace") or snake_case(tag)).split(".")
            )
            built = _operation(spec, package, imports, params, method, path, operation, namespace)
            override = operation.get("x-talkover-sdk-method")
            built.name = str(override) if override else method_name(built.operation_id, namespace)
            if not built.name.isidentifier() or built.name.startswith("_"):
                raise SdkGenerationError(f"{built.operation_id}: bad method name {built.name!r}")
            target = node(namespace)
            target.description = target.description or str(tag_spec.get("description", "")).strip()
            target.operations.append(built)
    for each in nodes.values():
        names = [op.name for op in each.operations]
        children = [child.path[-1] for child in each.children]
        clashes = {n for n in names if names.count(n) > 1} | (set(names) & set(children))
        clashes |= {n for n in names if n in {"with_raw_response", "close"}}
        if clashes:
            where = ".".join(each.path) or "the client"
            raise SdkGenerationError(
                f"{where}: more than one member named {sorted(clashes)}; set "
                "x-talkover-sdk-method on the operations"
            )
    taken = {name for name in imports.names} | {"SyncPage", "AsyncPage", "AsyncPageRequest"}
    taken |= {"operation"}
    for each in nodes.values():
        for name in (each.class_name, f"Async{each.class_name}"):
            if name in taken or f"{name}WithRawResponse" in taken:
                raise SdkGenerationError(f"the namespace class {name} shadows a name it uses")
    return root, imports, params


def _walk(namespace: Namespace) -> list[Namespace]:
    found = [namespace]
    for child in namespace.children:
        found += _walk(child)
    return found


def render(spec: dict[str, Any], package_root: Path) -> dict[str, str]:
    """``resources.py`` and ``params.py``, by their names in the package."""
    root, imports, params = plan(spec, package_root)
    environment = jinja2.Environment(  # noqa: S701 - renders Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATE.parent),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    namespaces = list(reversed(_walk(root)))  # children before the classes that hold them
    resources = environment.get_template(TEMPLATE.name).render(
        namespaces=namespaces,
        imports=imports.lines(),
        version=str(spec["info"]["version"]),
    )
    return {"resources.py": resources, "params.py": params.render()}
