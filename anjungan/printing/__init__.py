"""Documents as plain data (ticket, slip, receipt, report) and their renderers.

ESC/POS through python-escpos, PDF through reportlab, PNG preview. Imports only `core`.
"""

# Where to start: `service.print_document` / `service.ThermalPrinter` (thermal printing with
# a deadline), `uri.parse_printer_uri` (the device's printer setting), `pdf.render_pdf`,
# `png_preview.render_preview` (on-screen ticket), `documents` (what can be printed).
# Nothing is imported here, so that importing `anjungan.printing.errors` stays cheap.
