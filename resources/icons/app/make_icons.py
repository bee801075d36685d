"""Draw the app icon (a handbook with a shield and check mark) as PNGs and an SVG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/app/make_icons.py

writes ``handbook-app-<N>.png`` for each size in SIZES and ``handbook-app.svg``
beside this script. The drawing is the one function :func:`paint`, on a
256-unit square, so every size and the SVG come from the same strokes.
Run it again after changing the drawing and commit the results.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgGenerator

HERE = Path(__file__).resolve().parent
NAME = "handbook-app"
SIZES = (16, 32, 48, 64, 128, 256)
UNIT = 256.0

TILE = QColor("#24527a")  # calm navy
PAPER = QColor("#f6f3ea")
SPINE = QColor("#c8d5e2")
SHIELD = QColor("#3a8f66")  # quiet green
WHITE = QColor("#ffffff")


def shield_path() -> QPainterPath:
    """A shield in the lower right: flat top, sides curving to a point."""
    path = QPainterPath()
    left, right, top, bottom = 124.0, 228.0, 116.0, 236.0
    middle = (left + right) / 2
    path.moveTo(left, top + 10)
    path.quadTo(middle, top - 8, right, top + 10)
    path.lineTo(right, top + 58)
    path.cubicTo(right, top + 92, middle + 22, bottom - 14, middle, bottom)
    path.cubicTo(middle - 22, bottom - 14, left, top + 92, left, top + 58)
    path.closeSubpath()
    return path


def paint(painter: QPainter, size: float) -> None:
    """Draw the icon into a ``size`` × ``size`` square."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / UNIT, size / UNIT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TILE)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # the book: a cover of paper with a spine band, slightly left of centre
    painter.setBrush(PAPER)
    painter.drawRoundedRect(QRectF(44, 34, 130, 180), 12, 12)
    painter.setBrush(SPINE)
    painter.drawRoundedRect(QRectF(44, 34, 26, 180), 12, 12)
    painter.drawRect(QRectF(58, 34, 12, 180))
    if size >= 48:  # text lines on the cover, only where they can be seen
        painter.setBrush(SPINE)
        for y in (62, 82):
            painter.drawRoundedRect(QRectF(86, y, 70, 9), 4, 4)
    # the shield, outlined in the tile colour so it stands off the book
    painter.setPen(QPen(TILE, 10))
    painter.setBrush(SHIELD)
    painter.drawPath(shield_path())
    tick = QPen(WHITE, 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(tick)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline([QPointF(150, 172), QPointF(168, 192), QPointF(202, 150)])


def png(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint(painter, size)
    painter.end()
    return image


def svg() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(UNIT), int(UNIT)))
    generator.setViewBox(QRectF(0, 0, UNIT, UNIT))
    generator.setTitle("Consular Handbook")
    generator.setDescription("A handbook with a shield and check mark")
    painter = QPainter(generator)
    paint(painter, UNIT)
    painter.end()
    return bytes(data.data())


def main() -> int:
    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = HERE / f"{NAME}-{size}.png"
        if not png(size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    (HERE / f"{NAME}.svg").write_bytes(svg())
    print(f"wrote {len(SIZES)} PNGs and {NAME}.svg in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
