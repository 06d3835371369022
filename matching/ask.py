"""Understanding the ask: what a request's text asks for, before it is scored.

Provinces write requests as official letters: a context clause ("ด้วยจังหวัดได้ดำเนินโครงการตาม
ยุทธศาสตร์…"), a purpose clause ("เพื่อเป็นการยกระดับ…อย่างยั่งยืน") and courtesy formulas
("จึงขอความอนุเคราะห์…", "จึงเรียนมาเพื่อโปรดพิจารณา") around the actual ask. Left as they are,
those words outweigh the ask. Here:

- courtesy formulas are removed;
- context and purpose clauses count ``CONTEXT_WEIGHT`` of the ask's words (not nothing: a clause
  may still name the field);
- numbered asks ("1) … 2) …", "๑. … ๒. …") are also returned one by one, so each ask can bring
  its own agency to the desk (see ``matching.services``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from matching.text import features, normalize

if TYPE_CHECKING:
    from matching.engine import Vocabulary

#: How much a word of a context or purpose clause counts against a word of the ask.
CONTEXT_WEIGHT = 0.25
TITLE_WEIGHT = 2  # a request's title counts twice its description
#: How much each usual need of a product named counts (see ``matching.models.ProductNeed``).
PRODUCT_WEIGHT = 0.5

# Formulas that say "please" and nothing about the need; removed wherever they stand.
COURTESY = re.compile(
    "|".join(
        [
            r"จึง(?:เรียนมา|ขอ)?เพื่อโปรด(?:ทราบและ)?พิจารณา(?:ให้ความอนุเคราะห์|ให้การสนับสนุน)?",
            r"(?:จึง)?(?:ขอ|โปรด)?(?:ให้)?ความอนุเคราะห์(?:จาก)?",
            r"ขอความร่วมมือ(?:ใน)?",
            r"ขอรับการสนับสนุน",
            r"จัก(?:เป็นพระคุณ|ขอบคุณ)(?:ยิ่ง)?",
            r"จะเป็นพระคุณยิ่ง",
            r"ขอแสดงความนับถือ",
            r"จึงเรียนมา(?:เพื่อ)?",
            r"โปรดพิจารณา",
            r"กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม",
        ]
    )
)
# Clauses that give the context or the purpose of a letter, not the need.
CONTEXT_START = re.compile(r"^(?:ด้วย(?=จังหวัด|สำนักงาน|ทาง|กลุ่ม)|ตามที่|เพื่อเป็นการ|เพื่อให้การ|ทั้งนี้|ในการนี้|ซึ่งสอดคล้อง)")
CONTEXT_WORDS = re.compile(
    r"ยุทธศาสตร์|แผนพัฒนาจังหวัด|นโยบายรัฐบาล|รัฐบาลมีนโยบาย|อย่างยั่งยืน|ขีดความสามารถในการแข่งขัน|"
    r"คุณภาพชีวิต(?:ของ)?ประชาชน|อย่างมีประสิทธิภาพ|บรรลุเป้าหมาย|เศรษฐกิจฐานราก"
)
# "1) ", "2. ", "(3) ", "๔. " at the start or after a space (not "2.5" nor "50 ราย").
NUMBERED = re.compile(r"(?:^|\s)\(?\d{1,2}(?:\)|\.(?!\d))\s*")


@dataclass
class Ask:
    """A request's text as the scorers see it."""

    features: Counter[str]
    parts: list[Counter[str]] = field(default_factory=list)
    #: the request's own words (no product needs added, no generic word down-weighted): what
    #: similar past requests are found by
    own: Counter[str] = field(default_factory=Counter)
    context: list[str] = field(default_factory=list)


def _clauses(text: str) -> list[str]:
    return [clause for clause in text.split(" ") if clause]


def _weigh(text: str, weight: float, into: Counter[str], context: list[str]) -> None:
    """Add ``text``'s features to ``into``: its context and purpose clauses at ``CONTEXT_WEIGHT``."""
    text = COURTESY.sub(" ", normalize(text))
    clauses = _clauses(text)
    ask = []
    for clause in clauses:
        if CONTEXT_START.match(clause) or CONTEXT_WORDS.search(clause):
            context.append(clause)
        else:
            ask.append(clause)
    if not ask:  # all of it reads as context: then it is the ask
        ask, context_here = clauses, []
    else:
        context_here = [clause for clause in clauses if clause not in ask]
    for feature, count in features(" ".join(ask)).items():
        into[feature] += count * weight
    for feature, count in features(" ".join(context_here)).items():
        into[feature] += count * weight * CONTEXT_WEIGHT


def numbered_asks(text: str) -> list[str]:
    """The numbered items of ``text`` (two or more), else an empty list."""
    pieces = NUMBERED.split(normalize(text))
    items = [piece.strip() for piece in pieces[1:] if piece.strip()]
    return items if len(items) >= 2 else []


def _apply(counts: Counter[str], vocabulary: Vocabulary | None) -> Counter[str]:
    """Generic words down-weighted; the usual needs of a product named added at ``PRODUCT_WEIGHT``."""
    if vocabulary is None:
        return +counts
    result: Counter[str] = Counter()
    needs: Counter[str] = Counter()
    for feature, count in counts.items():
        result[feature] += count * vocabulary.generic.get(feature, 1.0)
        for need in vocabulary.product_needs.get(feature, ()):
            needs[need] = PRODUCT_WEIGHT
    for need, weight in needs.items():
        result[need] += weight * vocabulary.generic.get(need, 1.0)
    return +result


def understand(title: str, description: str, vocabulary: Vocabulary | None = None) -> Ask:
    """The weighted features of a request (title twice), with its numbered asks apart."""
    counts: Counter[str] = Counter()
    context: list[str] = []
    _weigh(title, TITLE_WEIGHT, counts, context)
    _weigh(description, 1, counts, context)
    parts = []
    for item in numbered_asks(title) + numbered_asks(description):
        part: Counter[str] = Counter()
        _weigh(item, 1, part, [])
        if part:
            parts.append(_apply(part, vocabulary))
    return Ask(features=_apply(counts, vocabulary), parts=parts, context=context, own=+counts)
