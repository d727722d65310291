#!/usr/bin/env python3
"""Makes the Office files of Tests/Fixtures/office from two corpus plans, as an office would
have typed them: an .xlsx and a .docx whose work-area column is one merged cell per area.

Run from this folder: python3 make_office.py (needs openpyxl and python-docx). The files it
writes are committed, so the tests need neither.
"""
import json
import os

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment

PLANS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plans")


def weijianwei():
    """The 广东省卫生健康委 台账: `|` rows whose 工作任务 cell is merged over the rows below."""
    header = ["序号", "工作任务", "细化分工", "责任处室", "完成时限", "备注"]
    rows = []
    area = None
    with open(os.path.join(PLANS, "2021-guangdong-weijianwei-zhengwugongkai", "plan.txt"), encoding="utf-8") as text:
        for line in text:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) < 4 or not cells[0].isdigit():
                continue
            # A row with its own 工作任务 cell has five cells; a row under a merged one, four.
            if len([c for c in cells if c]) == 5:
                area = cells[1]
                rows.append([cells[0], area, cells[2], cells[3], cells[4], ""])
            else:
                rows.append([cells[0], area, cells[1], cells[2], cells[3], ""])
    return "2021年政务公开工作重点任务台账", header, rows


def chizhou():
    """The 池州市信访局 task list: one cell per line; rows that leave out the merged 工作任务."""
    header = ["工作任务", "序号", "具体要求", "责任科室", "时限要求"]
    with open(os.path.join(PLANS, "2022-chizhou-xinfangju-zhengwugongkai", "plan.txt"), encoding="utf-8") as text:
        cells = [line.strip() for line in text if line.strip() and line.strip() != "|"]
    cells = cells[4:]
    rows = []
    area = None
    index = 0
    while index < len(cells):
        if not cells[index].isdigit():
            area = cells[index]
            index += 1
        rows.append([area] + cells[index:index + 4])
        index += 4
    return "池州市信访局2022年政务公开重点任务清单", header, rows


def merged_runs(rows, column):
    """(first, last) row indices of each run of equal values in `column`."""
    runs = []
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index][column] != rows[start][column]:
            runs.append((start, index - 1))
            start = index
    return runs


def write_xlsx(path, title, header, rows, area_column):
    book = Workbook()
    sheet = book.active
    sheet.title = "任务"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append([int(cell) if cell.isdigit() else cell for cell in row])
    for first, last in merged_runs(rows, area_column):
        if last > first:
            for index in range(first + 1, last + 1):
                sheet.cell(row=index + 3, column=area_column + 1).value = None
            sheet.merge_cells(start_row=first + 3, start_column=area_column + 1, end_row=last + 3, end_column=area_column + 1)
            sheet.cell(row=first + 3, column=area_column + 1).alignment = Alignment(vertical="center")
    book.save(path)


def write_docx(path, title, header, rows, area_column):
    document = Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for column, name in enumerate(header):
        table.cell(0, column).text = name
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            if column != area_column:
                table.cell(index + 1, column).text = value
    for first, last in merged_runs(rows, area_column):
        cell = table.cell(first + 1, area_column)
        if last > first:
            cell = cell.merge(table.cell(last + 1, area_column))
        cell.text = rows[first][area_column]
    document.save(path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name, (title, header, rows), area in [
        ("2021-guangdong-weijianwei-zhengwugongkai", weijianwei(), 1),
        ("2022-chizhou-xinfangju-zhengwugongkai", chizhou(), 0),
    ]:
        write_xlsx(os.path.join(here, name + ".xlsx"), title, header, rows, area)
        write_docx(os.path.join(here, name + ".docx"), title, header, rows, area)
        print(name, len(rows), "rows")
