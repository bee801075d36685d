"""The desktop viewer (PySide6). One module per panel; the window only wires them."""
