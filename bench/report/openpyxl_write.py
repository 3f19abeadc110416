#!/usr/bin/python3
"""bench/report's reference: Python openpyxl in write-only mode writing the same cells as
bench_report --write (the rule below must stay identical to writeRow() in bench_report.cpp)."""
import sys
from datetime import date, datetime, timedelta

from openpyxl import Workbook

FIRSTS = ["Ana", "Ben", "Carla", "Dev", "Elena", "Farah", "Gus", "Hana", "Ivan", "Jada",
          "Kai", "Lena", "Marco", "Nia", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"]
LASTS = ["Adams", "Baker", "Chavez", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Iverson",
         "Jones", "Kim", "Lopez", "Moore", "Nguyen", "Ortiz", "Patel", "Quincy", "Reyes", "Smith",
         "Tran", "Underwood", "Vega", "White", "Young", "Zamora"]
STATES = ["pending", "accepted", "accepted", "rejected"]
HEADER = ["First Name", "Last Name", "Email", "School", "Assessment Code", "Assessment", "Badge",
          "Issued At", "Credly Badge ID", "State", "Score", "Test Date"]


def cells(i):
    code = (i * 7) % 150 + 100
    return [
        FIRSTS[i % 20],
        LASTS[(i // 20) % 25],
        "student%d@students.example.org" % i,
        "Technology Center %d - Campus %d" % (i % 37 + 1, i % 5 + 1),
        "%04d" % code,
        "Assessment %d" % code,
        "CareerTech Testing Center - Assessment %d" % code,
        datetime(2026, 10, 1, 8, 0, 0) + timedelta(minutes=i),
        "%08x-0000-4000-8000-%012x" % (i, (i * 2654435761) % (1 << 48)),
        STATES[i % 4],
        70 + i % 31,
        date(2026, 9, 1) + timedelta(days=i % 30),
    ]


def main():
    path, rows = sys.argv[1], int(sys.argv[2])
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Issued")
    ws.append(HEADER)
    for i in range(rows):
        ws.append(cells(i))
    wb.save(path)


if __name__ == "__main__":
    main()
