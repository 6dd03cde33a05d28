"""ReportLab runs with its C accelerator (rl-accel), a dependency since issue 16."""

from reportlab.lib import rl_accel


def test_reportlab_formats_numbers_in_c() -> None:
    # without rl-accel, ReportLab falls back to its pure-Python functions silently
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.fp_str(1.5, 2.25) == "1.5 2.25"
