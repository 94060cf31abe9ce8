"""Small pieces of the intake form: where a refusal belongs (:func:`field_for_error`; the label that shows it
there is ``views.messages.FieldError``) and the headings."""

from __future__ import annotations

from pitstop_desktop.domain.errors import Field, PitstopError


def field_key(field: Field) -> str:
    """The form's name for where a refusal about ``field`` is shown: the field's own name, except that the
    technician is chosen with the time in the slot picker, so it shows beside "Agendamento" (``"slot"``)."""
    return Field.SLOT.value if field == Field.TECHNICIAN else field.value


def field_for_error(error: BaseException) -> str:
    """Which form field a refusal is about (the window shows it beside that field); ``"form"`` when none.

    A field the form lacks (the FAQ code, a login …) is shown in the form's banner, as ``"form"`` is.
    """
    if not isinstance(error, PitstopError) or error.field is None:
        return "form"
    return field_key(error.field)


def slot_taken(error: BaseException) -> bool:
    """R10: the slot is no longer free (booked by someone else between picking and saving)."""
    return isinstance(error, PitstopError) and error.rule == "R10"


