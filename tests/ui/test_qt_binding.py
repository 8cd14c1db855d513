"""Guards against a PySide6 defect we have met: 6.12.0 drops a reference to `True` on every
signal emitted from Python, and under Python 3.11 (where True is not immortal) a long
session then dies with "Fatal Python error: bool_dealloc". pyproject pins PySide6 below
6.12; this test tells whoever lifts the pin whether the new release still has it."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object, object)


def test_emitting_signals_keeps_the_reference_count_of_true(qapp):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(lambda a, b: received.append(a))
    before = sys.getrefcount(True)
    for number in range(500):
        emitter.happened.emit(number, None)
        emitter.objectNameChanged.emit("x")
    assert len(received) == 500
    # Other code may take a few references meanwhile; a leak of one per emit is 1,000.
    assert sys.getrefcount(True) >= before - 50
