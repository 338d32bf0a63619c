// Runs a QTest object on a 1920x1080 offscreen screen (the default offscreen screen is 800x800, and no
// window is larger than its screen), so that the main window is tested at 1366x768 and 1920x1080 as
// the user sees it. A "-platform" argument would replace that screen: it is dropped. Header-only.
#pragma once

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <vector>

namespace gds::test {

// Points the offscreen platform at one screen of width x height pixels at 96 dpi, described in a file
// under `dir` (which must outlive the application). False when the file cannot be written.
inline bool useOffscreenScreen(const QTemporaryDir &dir, int width, int height)
{
    QFile screen(dir.filePath(QStringLiteral("screen.json")));
    if (!screen.open(QIODevice::WriteOnly))
        return false;
    screen.write(QStringLiteral(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, "height": %2,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                     .arg(width)
                     .arg(height)
                     .toUtf8());
    if (!screen.flush())
        return false;
    screen.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toUtf8());
    return true;
}

template <class TestObject> int runOnHdScreen(int argc, char **argv)
{
    QTemporaryDir screenDir;
    if (!useOffscreenScreen(screenDir, 1920, 1080))
        return 1;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 && i + 1 < argc) {
            ++i;
            continue;
        }
        args.push_back(argv[i]);
    }
    int count = int(args.size());
    args.push_back(nullptr);
    QApplication app(count, args.data());
    TestObject test;
    return QTest::qExec(&test, count, args.data());
}

} // namespace gds::test
