"""The editors' live preview, without Qt: rebuild on save (``session``), watch the content
folder (``watch``), and open a problem's file in an editor at its line (``editor``)."""
