"""The engine's output: one candidate statement of a country (or bloc) on a conflict."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass
class Candidate:
    actor_country: str | None
    actor: str
    actor_bloc: str | None
    speaker: str | None
    speaker_key: Any
    speaker_office: str | None
    speaker_office_key: Any
    conflict: str
    conflict_name: str
    conflict_key: Any
    stance: str
    target_side: str | None
    kind: str
    date: date | None
    date_precision: str
    date_period: str | None
    evidence: str
    start: int
    end: int
    confidence: float

    def to_contract_dict(self, doc_id: str) -> dict:
        """Return the JSON object of the extraction contract (docs: shared/EXTRACTION.md)."""
        record = {
            "id": doc_id,
            "actor_country": self.actor_country,
            "actor": self.actor,
            "speaker": self.speaker,
            "conflict": self.conflict,
            "conflict_name": self.conflict_name,
            "stance": self.stance,
            "target_side": self.target_side,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 2),
        }
        if self.date is None and self.date_period:
            record["date_period"] = self.date_period
        return record
