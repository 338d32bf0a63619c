// The PDF frame shared by the term sheet and the comparison report: 300 dpi on A4 or US Letter, a
// header band (title left, stamp right, a navy rule) and a footer band (a note left, "Page i of n"
// right) on every page, and the body where a QTextDocument is laid out page by page. The PDF is built
// in memory; save() writes it through fs::writeFile (README "Files and the workspace"), so a failed
// export never leaves a truncated PDF or destroys the previous one.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QMarginsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

class QTextDocument;

namespace gds::report {

class ReportPdf
{
public:
    // marginsMm: the page margins in millimetres; title: the PDF's document title (control
    // characters are replaced: they would reach the file's metadata).
    ReportPdf(bool letter, const QMarginsF &marginsMm, const QString &title);

    // Starts painting: false when the PDF cannot be produced. end(): false when producing it failed.
    bool begin();
    bool end() { return m_painter.end(); }
    // The finished document (after end()).
    QByteArray bytes() const { return m_buffer.data(); }
    // Writes bytes() to `path` safely; "" on success, else "cannot write 'PATH': REASON".
    QString save(const QString &path) const;

    QPdfWriter &writer() { return m_writer; }
    QPainter &painter() { return m_painter; }
    double unit() const { return m_unit; } // device pixels per point
    const QRectF &page() const { return m_page; }
    const QRectF &body() const { return m_body; }

    // The reports' text settings: this writer as paint device, DejaVu Sans 8.5 pt without ligatures
    // (the PDF's text stays searchable), `styleSheet`, no margin, pages of the body's size.
    void setUpDocument(QTextDocument &doc, const QString &styleSheet) const;
    // The header and footer bands of page `index` (0-based) of `pages`.
    void decorate(int index, int pages, const QString &title, const QString &stamp, const QString &footNote);
    // Page `index` of `doc` in the body.
    void drawTextPage(QTextDocument &doc, int index);

    // `text` with every control character (C0, DEL, C1) replaced by U+FFFD, for PDF metadata.
    static QString metadataText(const QString &text);

private:
    QBuffer m_buffer; // before m_writer: it writes into it
    QPdfWriter m_writer;
    QPainter m_painter;
    double m_unit = 1.0, m_band = 16.0;
    QRectF m_page, m_body;
};

} // namespace gds::report
