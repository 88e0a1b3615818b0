import pytest

from atnet.helpdirectory.models import HelpPhone


@pytest.mark.parametrize(
    ("number", "tel"),
    [("+373 22 00-00-00", "+37322000000"), ("112", "112"), (" 0 800 00 000 ", "080000000")],
)
def test_a_phone_number_becomes_a_tel_link_target(number, tel):
    assert HelpPhone(number=number).tel == tel
