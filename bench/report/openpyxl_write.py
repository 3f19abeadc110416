#!/usr/bin/python3
"""bench/report's reference: Python openpyxl in write-only mode writing the same cells as
BadgeDesk's report writer puts on its Issued sheet (IssuanceReportWriter::writeIssued), read from
the same database with the same query, times shown in the same zone (America/Chicago)."""
import sqlite3
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook

HEADER = ["Row ID", "Batch", "First Name", "Last Name", "Email", "School", "Assessment Code",
          "Assessment", "Badge", "Issued At", "Credly Badge ID", "Badge State", "State Updated"]
ZONE = ZoneInfo("America/Chicago")
QUERY = """
SELECT c.id, c.batch_id, c.first_name, c.last_name, COALESCE(NULLIF(j.recipient_email, ''), c.email),
       COALESCE(NULLIF(c.school_name, ''), c.school_code, ''), c.assessment_code,
       COALESCE(NULLIF(c.assessment_title, ''), ce.title, ''), COALESCE(t.name, j.template_id),
       j.issued_at, j.credly_badge_id, j.badge_state, j.badge_state_at
FROM certifications c JOIN batches b ON b.id = c.batch_id
JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = 'practice'
LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code
LEFT JOIN credly_templates t ON t.environment = j.environment AND t.id = j.template_id
WHERE c.batch_id = 1 AND j.state IN ('issued', 'adopted') ORDER BY c.batch_id, c.id
"""


def local(text):
    if not text:
        return None
    utc = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return utc.astimezone(ZONE).replace(tzinfo=None)


def main():
    db, path = sys.argv[1], sys.argv[2]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Issued")
    ws.append(HEADER)
    for r in sqlite3.connect(db).execute(QUERY):
        ws.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], local(r[9]), r[10], r[11],
                   local(r[12])])
    wb.save(path)


if __name__ == "__main__":
    main()
