#include "RiskView.h"
#include <QTest>
class TestRiskView : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_MAIN(TestRiskView)
#include "TestRiskView.moc"
