"""A colour key in a box floated LEFT of the script, the script's lines starting further right beside
it and back at the margin below it: a Word text box (`wps:wsp`, wrapped square, aligned left) exported
by LibreOffice, and an HTML `float: left` box printed by Chromium and by WeasyPrint. Paragraphs at
spacing 0, no first-line indent: a line beside the box starts at the box's wrap edge, the next below
the box at the margin, inside one paragraph; the change of left edge is no new paragraph, nor a list item.

/usr/bin/python3 scripts/pdf-producers/box_left.py
(writes lo-box-left-en.docx and .pdf with `soffice --headless --convert-to pdf`, LibreOffice 7.4;
chromium-box-left-en.html and .pdf with Chromium's print-to-PDF; wp-box-left-en.html and .pdf with
`weasyprint`, from the same HTML; each with NAME.json, the script data)
"""
import box_beside as right


def page():
    return right.page().replace('float: right; width: 55mm; margin: 0 0 6pt 12pt', 'float: left; width: 55mm; margin: 0 12pt 6pt 0')


if __name__ == '__main__':
    right.build('box-left', 'left', page(), __doc__)
