"""Documents as plain data (ticket, slip, receipt, report) and their renderers.

ESC/POS through python-escpos, PDF through reportlab, PNG preview. Imports only `core`.
"""
