#include "ReportPdf.h"

#include "fs/SafeFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QTextDocument>

namespace gds::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gds::TermSheet)
};
const QColor kNavy(0x1F, 0x38, 0x64), kGrey(0x59, 0x59, 0x59);
} // namespace

ReportPdf::ReportPdf(bool letter, const QMarginsF &marginsMm, const QString &title)
    : m_buffer(), m_writer(&m_buffer)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setResolution(300);
    m_writer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
    m_writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
    m_writer.setTitle(metadataText(title));
    m_writer.setCreator(QStringLiteral("GPU Deal Studio"));
}

QString ReportPdf::metadataText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            c = QChar::ReplacementCharacter;
    }
    return out;
}

QString ReportPdf::save(const QString &path) const
{
    const QByteArray data = m_buffer.data();
    const std::string problem = fs::writeFile(QFile::encodeName(path).toStdString(),
                                              std::string_view(data.constData(), std::size_t(data.size())));
    return QString::fromStdString(problem);
}

bool ReportPdf::begin()
{
    if (!m_painter.begin(&m_writer))
        return false;
    m_unit = m_writer.resolution() / 72.0;
    m_page = QRectF(QPointF(0, 0), QSizeF(m_writer.width(), m_writer.height()));
    m_band = 16 * m_unit;
    m_body = QRectF(0, m_band, m_page.width(), m_page.height() - 2 * m_band);
    return true;
}

void ReportPdf::setUpDocument(QTextDocument &doc, const QString &styleSheet) const
{
    doc.documentLayout()->setPaintDevice(const_cast<QPdfWriter *>(&m_writer));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    font.setLetterSpacing(QFont::AbsoluteSpacing,
                          0.1); // any spacing turns ligatures off: "offer", not "o\uFB00er"
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet);
    doc.setDocumentMargin(0);
    doc.setPageSize(m_body.size());
}

void ReportPdf::decorate(int index, int pages, const QString &title, const QString &stamp,
                         const QString &footNote)
{
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);
    m_painter.setFont(small);
    m_painter.setPen(kGrey);
    const QRectF head(0, 0, m_page.width(), m_band - 5 * m_unit);
    m_painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, title);
    m_painter.drawText(head, Qt::AlignRight | Qt::AlignTop, stamp);
    m_painter.setPen(QPen(kNavy, 0.6 * m_unit));
    m_painter.drawLine(QPointF(0, m_band - 5 * m_unit), QPointF(m_page.width(), m_band - 5 * m_unit));
    m_painter.setPen(kGrey);
    const QRectF foot(0, m_page.height() - m_band + 5 * m_unit, m_page.width(), m_band - 5 * m_unit);
    m_painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footNote);
    m_painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                       Tr::tr("Page %1 of %2").arg(index + 1).arg(pages));
}

void ReportPdf::drawTextPage(QTextDocument &doc, int index)
{
    m_painter.save();
    m_painter.translate(m_body.left(), m_body.top() - index * m_body.height());
    const QRectF clip(0, index * m_body.height(), m_body.width(), m_body.height());
    m_painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip.adjusted(0, 0, 0, -1); // a block starting exactly at the next page belongs there
    context.palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    doc.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
}

} // namespace gds::report
