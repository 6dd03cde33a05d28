"""The letter checks on real sentences: jargon, blaming tone and reading level.

Each check has sentences it must flag and sentences it must leave alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lifebook.checks.language import (
    LanguageDataError,
    check_text,
    jargon_issues,
    load_jargon,
    read_jargon_file,
    reading_level,
    syllables,
    tone_issues,
)


def _jargon(text: str) -> list[str]:
    return [i.quote for i in jargon_issues(text)]


@pytest.mark.parametrize("sentence, quoted", [
    ("Contact with your birth mum was reduced to once a month.", ["Contact"]),
    ("You had supervised contact at the family centre.", ["supervised contact"]),
    ("Letterbox contact means you can write to each other.", ["Letterbox contact"]),
    ("The judge made a care order in May.", ["care order"]),
    ("An SGO was made so Nanna could look after you.", ["SGO"]),
    ("A special guardianship order was made.", ["special guardianship order"]),
    ("You became LAC in 2019 and your IRO visited.", ["LAC", "IRO"]),
    ("You were accommodated under Section 20.", ["Section 20"]),
    ("The local authority issued care proceedings under s31.", ["s31"]),
    ("The threshold was met in March 2019.", ["threshold"]),
    ("You went to respite carers at weekends.", ["respite"]),
    ("Your first placement was with Sue and Dave.", ["placement"]),
    ("Your mum was worried about neglect.", ["neglect"]),
    ("There was a PLO meeting and then an ICO.", ["PLO", "ICO"]),
    ("The matching panel met in June.", ["matching panel"]),
    ("CAFCASS spoke to the judge. Cafcass is a service.", ["CAFCASS", "Cafcass"]),
])
def test_jargon_is_flagged_with_its_meaning(sentence: str, quoted: list[str]) -> None:
    assert _jargon(sentence) == quoted
    for issue in jargon_issues(sentence):
        assert sentence[issue.start:issue.end] == issue.quote  # points at the exact text
        assert "means" in issue.message or "explaining" in issue.message


@pytest.mark.parametrize("sentence", [
    "We will keep in contact with you through letters.",
    "I hope you stay in contact with your brother.",
    "Nanna Jo stood on the threshold of the house and waved.",
    "She placed the flowers on the table.",
    "Your mum neglected to post the card. Neglect means not doing something you should.",
    "Your foster carers looked after you very well.",
    "You loved your cp crayons.",  # acronyms only in capitals
    "The panel of the fence was blue.",
    "Sadly, things got harder. Neglect means that there was often no food in the house.",
])
def test_everyday_words_are_left_alone(sentence: str) -> None:
    assert _jargon(sentence) == [], sentence


def test_neglect_explained_in_the_next_sentence_is_fine_but_not_two_sentences_later() -> None:
    assert _jargon("Your mum neglected you. Neglect means there was often no food.") == []
    assert _jargon("Your mum neglected you. You were sad. That means you were hungry.") == [
        "neglected"]


@pytest.mark.parametrize("sentence, quote", [
    ("This happened because you were naughty.", "because you were naughty"),
    ("It was your fault that the police came.", "your fault"),
    ("Your mum and dad split up because of you.", "split up because of you"),
    ("If you had been good, things would be different.", "If you had been good"),
    ("You made your mum cross.", "You made your mum"),
])
def test_blaming_phrases_are_flagged(sentence: str, quote: str) -> None:
    [issue] = tone_issues(sentence)
    assert issue.quote == quote
    assert "not your fault" in issue.suggestion.lower() or "fault" in issue.suggestion


@pytest.mark.parametrize("sentence", [
    "None of this was your fault.",
    "It was not your fault.",
    "It wasn't ever your fault.",
    "Everyone was so happy because of you.",
    "You made everyone smile.",
])
def test_reassurance_is_not_flagged(sentence: str) -> None:
    assert tone_issues(sentence) == [], sentence


SIMPLE = ("When you were born, your birth mum loved you very much. She wanted to look after "
          "you. But she found it very hard. Sometimes there was no food. The social workers "
          "were worried. They talked to her a lot. ") * 3
DENSE = ("Following extensive consultation with multidisciplinary professionals, the local "
         "authority determined that the accumulated evidence demonstrated significant "
         "deficiencies in parental capacity, necessitating proceedings. ") * 3


def test_reading_age_tells_simple_from_dense_writing() -> None:
    simple, dense = reading_level(SIMPLE), reading_level(DENSE)
    assert simple.age is not None and simple.age <= 9
    assert dense.age is not None and dense.age >= 17
    assert reading_level("Too short to say.").age is None


def test_reading_level_issue_only_when_above_the_readers_age() -> None:
    assert [i.kind for i in check_text(SIMPLE, reader_age=14)] == []
    [issue] = [i for i in check_text(DENSE, reader_age=14) if i.kind == "reading-level"]
    assert "reader will be 14" in issue.message
    assert DENSE[issue.start:issue.end] == issue.quote  # the longest sentence


@pytest.mark.parametrize("word, count", [
    ("you", 1), ("safe", 1), ("moved", 1), ("decided", 3), ("beautiful", 3),
    ("adoption", 3), ("little", 2), ("responsibility", 6),
])
def test_syllable_counts(word: str, count: int) -> None:
    assert syllables(word) == count


def test_users_extend_the_list_and_a_broken_file_is_named(tmp_path: Path) -> None:
    mine = tmp_path / "jargon.toml"
    mine.write_text('[[term]]\nterm = "TAC"\nexact = true\nmeans = "team around the child"\n'
                    'plain = "the people who help you"\n', encoding="utf-8")
    terms = load_jargon([mine])
    assert [i.quote for i in jargon_issues("The TAC met.", terms)] == ["TAC"]
    assert [i.quote for i in jargon_issues("The TAC met.")] == []
    broken = tmp_path / "broken.toml"
    broken.write_text('[[term]]\nterm = "X"\nmeans = "y"\nwhen = ["(unclosed"]\n')
    with pytest.raises(LanguageDataError, match="broken.toml.*term 1"):
        read_jargon_file(broken)
    typo = tmp_path / "typo.toml"
    typo.write_text('[[term]]\nterm = "X"\nmeans = "y"\nmean = "z"\n')
    with pytest.raises(LanguageDataError, match="unknown setting mean"):
        read_jargon_file(typo)
