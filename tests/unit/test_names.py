from hypothesis import given
from hypothesis import strategies as st

from werkfit_desktop.domain.names import fold, listed_name, search_key, sort_key


def test_fold_removes_accents_and_special_letters():
    assert fold("Ayşe Yılmaz") == "ayse yilmaz"
    assert fold("Łukasz Wróbel") == "lukasz wrobel"
    assert fold("Nguyễn Thị Hoa") == "nguyen thi hoa"
    assert fold("Ştefan Ăndrei") == "stefan andrei"


def test_particles_are_ignored_when_sorting():
    names = [("Jan", "van den", "Berg"), ("Anna", None, "Aalders"), ("Piet", "de", "Vries")]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [n[2] for n in ordered] == ["Aalders", "Berg", "Vries"]
    assert listed_name("Jan", "van den", "Berg") == "Berg, Jan van den"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_search_key_finds_typed_without_accents():
    key = search_key("Ayşe", None, "Yılmaz", "D-000123")
    assert "yilm" in key and "d-000123" in key
