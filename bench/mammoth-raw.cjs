// Baseline for bench/docx.mjs: mammoth's plain-text extraction of a DOCX, as a whole process
// (Node startup included), the same way vo-lines is timed. Usage: node bench/mammoth-raw.cjs FILE
'use strict';
require('mammoth')
  .extractRawText({ path: process.argv[2] })
  .then((result) => {
    const words = result.value.split(/\s+/).filter(Boolean).length;
    process.stdout.write(`mammoth: ${result.value.length} characters, ${words} words\n`);
  })
  .catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
  });
