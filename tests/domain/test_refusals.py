"""The refusal catalogue: every code raised anywhere has a sentence, every sentence renders with its parameters.

The scan below reads the source of ``pitstop_desktop`` (AST): every refusal constructed with a literal code must
name a code of the catalogue (or of the CLI's own wording, in ``cli/wording.py``), pass the parameters its sentences use
and be raised with the class that gives the right exit code. Any code-shaped string anywhere must be known too,
so a code passed through a helper (``_choice(value, Channel, "value.channel", …)``) is checked as well.
"""

from __future__ import annotations

import ast
import functools
import pickle
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from pitstop_desktop.cli import CLI_WORDING, refusal_text
from pitstop_desktop.domain import refusals, vocabulary
from pitstop_desktop.domain.errors import (
    BadValue,
    Conflict,
    DatabaseUnavailable,
    Field,
    NotFound,
    NotPermitted,
    PitstopError,
    RuleViolation,
)
from pitstop_desktop.domain.refusals import TEMPLATES, params_of, placeholders, render

PACKAGE = Path(__file__).resolve().parents[2] / "pitstop_desktop"
CODE = re.compile(
    r"(?:R(?:[1-9]|1[01])|value|not_found|conflict|permission|database|outbox|usage|consulting)\.[a-z0-9_]+")

# Which classes may carry a code of each group (the class is the CLI's exit code).
CLASSES: dict[str, set[str]] = {
    "value": {"BadValue"},
    "not_found": {"NotFound"},
    "conflict": {"Conflict"},
    "permission": {"NotPermitted"},
    "database": {"PitstopError", "DatabaseUnavailable"},
    "outbox": {"OutboxError"},
    "rule": {"RuleViolation", "Conflict", "NotPermitted"},
    "consulting": {"RuleViolation"},  # the consulting team's process rules (second seed): exit 3, like R1–R11
}
ERRORS = set().union(*CLASSES.values())
# Strings that look like codes and are not (file names).
NOT_CODES = {"outbox.db"}
# Refusals that bring their own sentence instead of a code (none: keep it that way).
OWN_SENTENCES: set[tuple[str, str]] = set()

SAMPLES: dict[str, Any] = {
    "number": 157, "id": 3, "max": 4000, "minutes": 0, "version": 9,
    "role": "technician", "escalation_status": "approved", "target": "n2", "change": "offered",
    "action": "forward", "task": "claim_apoio", "step": "staff",
    "known": ("IS", "URGENTE"), "roles": ("attendant", "technician"), "sites": ("matriz", "filial"),
    "problem": PitstopError("outbox.closed"),
}


def sample_params(code: str) -> dict[str, Any]:
    """Plausible parameters for every name the catalogue's and the CLI's sentences of ``code`` use."""
    return {name: SAMPLES.get(name, f"<{name}>") for name in params_of(code, CLI_WORDING)}


def sample(code: str, field: Field | None = None) -> PitstopError:
    return PitstopError(code, field=field, **sample_params(code))


# The catalogue itself


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_code_renders_with_its_parameters(code: str) -> None:
    error = sample(code)
    for text in (render(error), render(error, raw_codes=True), refusal_text(error), str(error),
                 render(error, capitalize=True)):
        assert "{" not in text and "}" not in text, text
        assert "\n" not in text
        assert text.startswith(f"{error.rule}: ") if error.rule else not re.match(r"R\d+:", text), text


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_codes_are_well_formed_and_rules_derive_from_them(code: str) -> None:
    assert CODE.fullmatch(code), code
    head = code.partition(".")[0]
    assert PitstopError(code).rule == (head if head.startswith("R") else None)


@pytest.mark.parametrize(("code", "template"), sorted(TEMPLATES.items()))
def test_the_catalogue_speaks_to_people_not_to_a_shell(code: str, template: str) -> None:
    """No flags, no commands to type, no rule prefix: the CLI adds its hints, ``render`` adds the rule."""
    assert not re.search(r"--|`|\bpitstop\s|\bveja\b|\boc (?:offer|escalate)\b", template), code
    assert not re.search(r"\bR\d+: ", template), code
    assert template == template.strip(), code


def test_the_cli_wording_only_rewords_known_codes() -> None:
    assert set(CLI_WORDING) - set(TEMPLATES) == {"usage.cli"}
    for code, text in CLI_WORDING.items():
        assert not re.search(r"\bR\d+: ", text), code


def test_coded_parameters_have_label_tables() -> None:
    for name, table in (refusals.LABELS | refusals.WORDS).items():
        assert table, name
    assert refusals.LABELS["role"] is vocabulary.ROLE


# Rendering


def test_portuguese_with_the_desks_words_or_with_codes() -> None:
    decided = Conflict("R8.already_decided_by", id=3, escalation_status="approved", name="Gil Gestor", login="gil")
    assert render(decided) == "R8: o escalonamento 3 já foi decidido (aprovado) por Gil Gestor (gil)."
    assert render(decided, raw_codes=True) == "R8: o escalonamento 3 já foi decidido (approved) por Gil Gestor (gil)."
    assert str(decided) == decided.message == render(decided, raw_codes=True)
    assert render(decided, capitalize=True).startswith("R8: O escalonamento 3")
    apoio = NotPermitted("permission.apoio_only", task="forward_apoio", role="manager")
    assert render(apoio) == ("só o APOIO da gestão (Zenaide, Fernanda, Janne) pode encaminhar itens do APOIO; "
                             "seu papel: gestor técnico.")
    assert str(apoio).endswith("seu papel: manager.")
    channel = RuleViolation("R3.channel_only", tab="N1 - Blip Filiais", required_channel="blip", channel="phone")
    assert render(channel) == "R3: N1 - Blip Filiais só aceita OCs do canal Blip; esta é do canal telefone."
    assert render(channel, raw_codes=True).endswith("esta é do canal phone.")  # the CLI's contract
    kind = RuleViolation("R3.kind_excluded", tab="N1 - Blip Matriz", kind="installation")
    assert "do tipo instalação" in render(kind)


def test_words_are_words_even_for_the_cli() -> None:
    closed = RuleViolation("R11.closed", number=2, action="close")
    assert refusal_text(closed) == ("R11: a OC 2 está encerrada e não pode ser encerrada de novo; uma nova ligação "
                                    "gera uma nova OC (R1).")


def test_quoted_values_are_shown_as_typed() -> None:
    assert str(NotFound("not_found.client", code="O'Brien")) == 'cliente desconhecido: "O\'Brien"'
    assert refusal_text(NotFound("not_found.client", code="NOPE")) == (
        "cliente desconhecido: 'NOPE' (veja `pitstop client list`)")


def test_translate_and_translate_labels() -> None:
    def bracket(text: str) -> str:
        return f"[{text}]"

    def mark(text: str) -> str:
        return f"<{text}>"

    error = NotPermitted("permission.manager_only", role="supervisor")
    assert render(error, bracket) == "[só um gestor técnico aprova ou rejeita escalonamentos; seu papel: [supervisor].]"
    assert render(error, bracket, translate_labels=mark).endswith("seu papel: <supervisor>.]")
    assert render(RuleViolation("R11.closed", number=2, action="claim"), bracket).startswith("R11: [a OC 2")
    assert "[assumida]" in render(RuleViolation("R11.closed", number=2, action="claim"), bracket)


def test_a_refusal_inside_a_refusal_is_rendered_the_same_way() -> None:
    problem = PitstopError("outbox.write_failed", path="/tmp/outbox.db", reason="disk full")
    error = PitstopError("outbox.not_saved", reason="timeout", problem=problem)
    assert str(error) == ("a ligação NÃO foi salva: o banco não responde (timeout) e a caixa de saída local falhou "
                          "(não foi possível gravar na caixa de saída local /tmp/outbox.db: disk full).")


def test_a_refusal_outside_the_catalogue_shows_its_own_sentence() -> None:
    own = PitstopError("o banco não respondeu {agora}")
    assert own.rule is None and render(own, capitalize=True) == "O banco não respondeu {agora}"


def test_errors_keep_their_data_through_pickle() -> None:
    error = Conflict("R9.claimed", field=Field.SLOT, number=4, name="Zenaide", login="zenaide", time="09:11")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is Conflict
    assert (again.code, again.field, again.params, str(again)) == (error.code, error.field, error.params, str(error))
    assert repr(again) == ("Conflict('R9.claimed', field='slot', number=4, name='Zenaide', login='zenaide', "
                           "time='09:11')")


@pytest.mark.parametrize(("error", "exit_code"), [
    (BadValue("value.summary_empty"), 2), (RuleViolation("R8.own_request"), 3), (NotFound("not_found.apoio_free"), 4),
    (Conflict("R10.just_taken"), 5), (NotPermitted("permission.bad_credentials"), 6),
    (DatabaseUnavailable("database.unavailable", url="x", reason="y"), 1),
])
def test_exit_codes_stay(error: PitstopError, exit_code: int) -> None:
    assert error.exit_code == exit_code


# Every raise site


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _codes(node: ast.expr) -> list[str] | None:
    """The code(s) a constructor's first argument can be: a literal, or either side of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _codes(node.body), _codes(node.orelse)
        return None if body is None or orelse is None else body + orelse
    return None


def _constructions() -> Iterator[tuple[str, str, ast.Call]]:
    """(where, class name, call) for every ``SomeError(...)`` of the refusal classes."""
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS:
                yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", node.func.id, node


def _enclosing_parameters(tree: ast.Module) -> dict[int, set[str]]:
    """For each call's line: the names of the parameters of the function around it."""
    lines: dict[int, set[str]] = {}
    for func in ast.walk(tree):
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            names = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
            for node in ast.walk(func):
                if isinstance(node, ast.Call):
                    lines.setdefault(node.lineno, set()).update(names)
    return lines


def test_every_refusal_raised_names_a_catalogued_code_with_its_parameters() -> None:
    problems: list[str] = []
    seen: set[str] = set()
    parameters = {str(path.relative_to(PACKAGE.parent)): _enclosing_parameters(tree) for path, tree in _sources()}
    for where, cls, call in _constructions():
        if not call.args:
            problems.append(f"{where}: {cls}() without a code")
            continue
        codes = _codes(call.args[0])
        if codes is None:
            # A code passed through a helper is one of the helper's parameters (checked below as a string).
            arg = call.args[0]
            file, line = where.rsplit(":", 1)
            if not (isinstance(arg, ast.Name) and arg.id in parameters[file].get(int(line), set())):
                problems.append(f"{where}: {cls}({ast.unparse(arg)}) — the code must be a literal")
            continue
        file = where.rsplit(":", 1)[0]
        if codes and (file, codes[0]) in OWN_SENTENCES:
            continue
        given = {k.arg for k in call.keywords if k.arg is not None}
        splat = any(k.arg is None for k in call.keywords)
        for code in codes:
            seen.add(code)
            known = code in TEMPLATES or (where.startswith("pitstop_desktop/cli/") and code in CLI_WORDING)
            if not known:
                problems.append(f"{where}: unknown code {code!r}")
                continue
            group = "rule" if code.startswith("R") else code.partition(".")[0]
            if cls not in CLASSES[group]:
                problems.append(f"{where}: {code!r} raised as {cls} (expected one of {sorted(CLASSES[group])})")
            wording = CLI_WORDING if code in CLI_WORDING else None
            missing = (placeholders(CLI_WORDING[code]) if code not in TEMPLATES else params_of(code, wording)) - given
            if missing and not splat:
                problems.append(f"{where}: {code!r} lacks {sorted(missing)}")
            if "field" in given:
                field = next(k.value for k in call.keywords if k.arg == "field")
                if isinstance(field, ast.Constant):
                    problems.append(f"{where}: field={field.value!r} — use the Field enum")
    assert problems == [], "\n".join(problems)
    assert len(seen) > 80


def test_every_code_shaped_string_in_the_package_is_known() -> None:
    """Codes travel through helpers (``check_open(…, "forward")`` is a word; ``"value.channel"`` is a code)."""
    unknown = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value)
                    and node.value not in TEMPLATES and node.value not in CLI_WORDING | dict.fromkeys(NOT_CODES)):
                unknown.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {node.value!r}")
    assert unknown == []


def test_words_passed_to_the_rules_are_in_their_tables() -> None:
    """``check_open(…, action)``, ``check_not_awaiting(…, action)``, ``check_apoio_role(…, task)`` and
    ``load_blocking(…, step)`` take codes of ``refusals.ACTION``, ``TASK`` and ``STEP``."""
    tables = {"check_open": refusals.ACTION, "check_not_awaiting": refusals.ACTION,
              "check_apoio_role": refusals.TASK, "_pending_offer_for": refusals.TASK,
              "load_blocking": refusals.STEP}
    wrong = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            last = node.args[-1] if node.args else None
            if name in tables and isinstance(last, ast.Constant) and last.value not in tables[name]:
                wrong.append(f"{path.name}:{node.lineno}: {name}(…, {last.value!r})")
    assert wrong == []


# The fields refusals are about, read from the raise sites (for the windows' tests: each code beside its field)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _function_of(node: ast.AST, parents: Mapping[ast.AST, ast.AST]) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def _bound(call: ast.Call, func: ast.FunctionDef, name: str) -> ast.expr | None:
    """What ``call`` passes for ``func``'s parameter ``name``: the argument, else the default (None: none)."""
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    positional = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    if name in positional:
        index = positional.index(name)
        if index < len(call.args):
            return call.args[index]
        defaults = func.args.defaults
        first_default = len(positional) - len(defaults)
        return defaults[index - first_default] if index >= first_default else None
    names = [a.arg for a in func.args.kwonlyargs]
    return func.args.kw_defaults[names.index(name)] if name in names else None


def _resolve(node: ast.expr | None, env: Mapping[str, ast.expr | None], depth: int = 0) -> list[Any]:
    """The values (codes, Field members, None) an expression of a raise site can take."""
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return [None]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Field":
        return [Field[node.attr]]
    if isinstance(node, ast.IfExp):
        return _resolve(node.body, env, depth) + _resolve(node.orelse, env, depth)
    if isinstance(node, ast.Name) and node.id in env and depth < 2:
        return _resolve(env[node.id], {}, depth + 1)
    raise LookupError(ast.unparse(node))


@functools.cache
def raised_fields() -> dict[str, frozenset[Field | None]]:
    """For every code raised in the package: the fields its raise sites give it (None: no field).

    A site passes a literal code and ``Field.X`` (or ``a if c else b`` of them), a local name assigned one, or
    a parameter of its function; then each call of that function says what it is (``get_staff(…,
    field=Field.TECHNICIAN)``, ``_choice(value, Channel, "value.channel", Field.CHANNEL)``); a missing argument
    is the parameter's default.
    """
    trees = [tree for _, tree in _sources()]
    functions: dict[str, list[ast.FunctionDef]] = {}
    calls: dict[str, list[ast.Call]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                functions.setdefault(node.name, []).append(node)
            elif isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                calls.setdefault(name, []).append(node)
    found: dict[str, set[Field | None]] = {}
    for tree in trees:
        parents = _parents(tree)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args):
            has_field = any(k.arg == "field" for k in call.keywords)
            is_refusal = isinstance(call.func, ast.Name) and call.func.id in ERRORS
            if not (has_field or is_refusal):
                continue
            field = next((k.value for k in call.keywords if k.arg == "field"), None)
            func = _function_of(call, parents)
            local: dict[str, ast.expr | None] = {}
            params: set[str] = set()
            if func is not None:
                params = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
                local = {t.id: a.value for a in ast.walk(func) if isinstance(a, ast.Assign)
                         for t in a.targets if isinstance(t, ast.Name)}
            used = {n.id for n in ast.walk(ast.Module([ast.Expr(call.args[0]), ast.Expr(field or ast.Constant(None))],
                                                      [])) if isinstance(n, ast.Name)}
            if func is not None and used & params:  # each call of the function binds them
                envs = [{**local, **{p: _bound(c, func, p) for p in used & params}}
                        for f in functions[func.name] if f is func for c in calls.get(func.name, [])]
            else:
                envs = [local]
            for env in envs:
                try:
                    codes = _resolve(call.args[0], env)
                except LookupError:
                    if is_refusal:
                        raise
                    continue  # a helper such as get_staff(uow.session, login, field=…): its own site is read
                if not all(isinstance(code, str) and code in TEMPLATES for code in codes):
                    continue
                for code in codes:
                    found.setdefault(code, set()).update(_resolve(field, env))
    return {code: frozenset(fields) for code, fields in found.items()}


def test_the_fields_of_every_raise_site_are_read() -> None:
    fields = raised_fields()
    assert fields["R11.faq_missing"] == {Field.FAQ}
    assert fields["value.channel"] == {Field.CHANNEL}  # through _choice(…, "value.channel", Field.CHANNEL)
    assert fields["value.slot_without_zone"] == {Field.SLOT}  # through _aware(…)
    # get_staff(…, field=…), the actor, or a roster line's login (services/roster.py)
    assert fields["not_found.person"] == {Field.TECHNICIAN, Field.LOGIN, None}
    assert fields["value.role_or_site"] == {Field.ROLE, Field.SITE}  # a local name
    assert fields["value.login_and_name"] == {Field.LOGIN, Field.NAME}
    assert fields["R8.own_request"] == {None}
    assert set(fields) <= set(TEMPLATES)
    assert len(fields) > 100
    assert {f for fs in fields.values() for f in fs} == {*Field, None}


def test_fields_are_a_small_closed_vocabulary() -> None:
    used = set()
    for _, tree in _sources():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Field"
                    and node.attr.isupper()):
                used.add(node.attr)
    assert used == {f.name for f in Field}, "a Field member nobody uses, or a use of a missing one"
