#!/usr/bin/python3
"""PDFs encrypted as other producers encrypt them (reportlab's standard security handler), for
tests/pdf-password.test.ts: one with an owner password only (opens without a password; printing and
copying restricted), one with a user password ("secret"). Each holds one line in blue (0 112 192).
Run: /usr/bin/python3 scripts/build-pdf-password-fixtures.py"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pdfencrypt import StandardEncryption

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'fixtures', 'pdf-password')
os.makedirs(OUT, exist_ok=True)
for name, user in [('owner-only.pdf', ''), ('user-secret.pdf', 'secret')]:
    enc = StandardEncryption(userPassword=user, ownerPassword='owner-pw', canPrint=0, canCopy=0)
    c = canvas.Canvas(os.path.join(OUT, name), encrypt=enc, invariant=1)
    c.setFillColorRGB(0, 0.439, 0.753)
    c.drawString(72, 700, 'Welcome to the spring sale at our garden centre this weekend.')
    c.save()
