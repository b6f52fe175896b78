"""The trigger-word index of the attribution analysis (newslint.analysis.attribution): where each trigger
word's tokens start.  It is read from the prefilter's word index; the answer must be the one a pass over
every token gives.

Every draft here is invented for the test.
"""

from __future__ import annotations

import pytest

from newslint.analysis import attribution
from newslint.api import parse

DRAFTS = [
    # lower case, capitalised and upper-case forms; the same word inside longer words and compounds
    "Dalam rapat itu, kata Budi, DALAM waktu dekat harga turun. Perkataan itu mengatakan banyak hal; kata-kata saja.",
    # a hyphenated trigger, a trigger after a hyphen, a hashtag, a mention, an e-mail, a domain and a URL
    "Desas-desus beredar. Ber-kata bukan kata. #kata @kata kata@kata.id kata.com https://contoh.id/kata dan kata.",
    # letters the folded index treats apart: dotted capital I, dotless i, long s
    "İsu ini ramai, ısu itu tidak. ſaat itu Saat itu juga.",
    # the Kelvin sign lower-cases to "k": right after an @mention it starts a word inside a letter run
    "@redaksi\u212aata Budi, \u212aATA dia, dan kata mereka.",
    # currency and numbers next to words
    "Rp10 juta, USD 5, rp 3, 10kata dan 2 orang.",
]


@pytest.mark.parametrize("text", DRAFTS)
def test_index_agrees_with_a_pass_over_the_tokens(text: str) -> None:
    doc = parse(text, layout="fragment")
    attribution.register_triggers(frozenset({"desas-desus", "isu", "saat", "kata", "rp", "orang"}))
    assert attribution._word_positions(doc) == attribution._word_positions_by_tokens(doc)


def test_trigger_forms_are_found_whatever_their_case() -> None:
    doc = parse("Kata dia, KATA mereka, kata kami; perkataan tidak.", layout="fragment")
    assert attribution.token_positions(doc, "kata") == [0, 10, 23]
