"""The linter keeps rules out of page leftovers (Document.residue), except the rule that reports them."""

from newslint.api import check_text


def test_other_rules_stay_silent_inside_a_leftover_and_the_residue_rule_reports_it():
    text = (
        "Tarif Tol Turun\n\n"
        "Jakarta - Tarif tol turun mulai pekan depan. Lihat juga: Tarif tol turun 20 % saat libur "
        "Natal\n\nPengendara menyambut baik kebijakan itu.\n"
    )
    findings = check_text(text)
    rules = [f.rule for f in findings]
    assert "structure/cms-residue" in rules
    assert "number/percent-space" not in rules
    # the same slip in the story itself is still reported
    story = text.replace("Lihat juga: ", "Pengelola menyebut ")
    assert "number/percent-space" in [f.rule for f in check_text(story)]
