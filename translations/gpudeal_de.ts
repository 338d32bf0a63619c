<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PasswordStore</name>
    <message>
        <source>the system keyring does not answer</source>
        <translation>der Schlüsselbund des Systems antwortet nicht</translation>
    </message>
</context>
<context>
    <name>gds::ComparisonReport</name>
    <message>
        <source>%1 (%2 m)</source>
        <comment>metric, currency code: money in millions</comment>
        <translation>%1 (%2 Mio.)</translation>
    </message>
    <message>
        <source>%1 (%2 / GPU-hour)</source>
        <comment>metric, currency code</comment>
        <translation>%1 (%2 / GPU-Stunde)</translation>
    </message>
    <message>
        <source>%1 (months)</source>
        <comment>metric</comment>
        <translation>%1 (Monate)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>(not computable)</source>
        <translation>(nicht berechenbar)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Structure comparison</source>
        <translation>Strukturvergleich</translation>
    </message>
    <message>
        <source>Date: %1 &amp;nbsp;&amp;nbsp; Structures compared: %2</source>
        <translation>Datum: %1 &amp;nbsp;&amp;nbsp; Verglichene Strukturen: %2</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Strukturen</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Offtake contracts</source>
        <translation>Offtake-Verträge</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Absicherungen</translation>
    </message>
    <message>
        <source>Tenor (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Not computable: %1</source>
        <translation>Nicht berechenbar: %1</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Best value of each row in bold with a star (higher or lower is better from the sponsor&apos;s side; neutral rows unmarked). The small figures are the change against the first structure (pp: percentage points).</source>
        <translation>Bester Wert jeder Zeile fett mit Stern (höher oder niedriger ist aus Sicht des Sponsors besser; neutrale Zeilen ohne Markierung). Die kleinen Zahlen sind die Veränderung gegenüber der ersten Struktur (Pp.: Prozentpunkte).</translation>
    </message>
    <message>
        <source>Hedge effect: %1</source>
        <translation>Wirkung der Absicherungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The same deal computed with its %n hedge(s) and with the hedges removed; everything else unchanged.</source>
        <translation>
            <numerusform>Derselbe Deal, berechnet mit seiner Absicherung und ohne sie; alles andere unverändert.</numerusform>
            <numerusform>Derselbe Deal, berechnet mit seinen %n Absicherungen und ohne sie; alles andere unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures are the GPU Deal Studio model&apos;s base case for each structure; indicative, not a market quote. Charts follow on the last page.</source>
        <translation>Die Zahlen sind der Basisfall des GPU-Deal-Studio-Modells für jede Struktur; indikativ, kein Marktangebot. Die Diagramme folgen auf der letzten Seite.</translation>
    </message>
    <message>
        <source>a comparison needs at least two structures</source>
        <translation>ein Vergleich braucht mindestens zwei Strukturen</translation>
    </message>
    <message>
        <source>the comparison needs a date</source>
        <translation>für den Vergleich fehlt das Datum</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>GPU Deal Studio · indicative</source>
        <translation>GPU Deal Studio · indikativ</translation>
    </message>
    <message>
        <source>DSCR (x), axis capped at %1</source>
        <translation>DSCR (x), Achse begrenzt auf %1</translation>
    </message>
    <message>
        <source>DSCR by month</source>
        <translation>DSCR je Monat</translation>
    </message>
    <message>
        <source>default %1 (first structure)</source>
        <translation>Default %1 (erste Struktur)</translation>
    </message>
    <message>
        <source>Debt balance by month</source>
        <translation>Restschuld je Monat</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis title: currency code</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>Hedge effect on the DSCR: %1</source>
        <translation>Wirkung der Absicherungen auf den DSCR: %1</translation>
    </message>
    <message>
        <source>fixed %1</source>
        <translation>fest %1</translation>
    </message>
    <message>
        <source>base curve</source>
        <translation>Basiszinskurve</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>Basis %1</translation>
    </message>
    <message>
        <source>%1 + margin by rating</source>
        <translation>%1 + Marge nach Rating</translation>
    </message>
    <message>
        <source>%1 + margin grid</source>
        <translation>%1 + Margenraster</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tranchen</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>Cash-Wasserfall</translation>
    </message>
    <message>
        <source>tests every %1 months, lookback %2 months</source>
        <translation>Tests alle %1 Monate, Rückblick %2 Monate</translation>
    </message>
    <message>
        <source>none (monthly DSCR tests)</source>
        <translation>keiner (monatliche DSCR-Tests)</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>DSCR below %1</source>
        <translation>DSCR unter %1</translation>
    </message>
    <message numerus="yes">
        <source>released after %n passing test(s)</source>
        <translation>
            <numerusform>freigegeben nach %n bestandenen Test</numerusform>
            <numerusform>freigegeben nach %n bestandenen Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>Trapped-cash sweep</source>
        <translation>Sweep gesperrter Mittel</translation>
    </message>
    <message numerus="yes">
        <source>after %n failing test(s)</source>
        <translation>
            <numerusform>nach %n nicht bestandenen Test</numerusform>
            <numerusform>nach %n nicht bestandenen Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>Excess cash sweep</source>
        <translation>Überschuss-Cash-Sweep</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>Laufender LTV</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
    </message>
    <message>
        <source>falls %1 a year to %2 of cost</source>
        <translation>fällt %1 pro Jahr auf %2 der Kosten</translation>
    </message>
    <message>
        <source>index-linked</source>
        <translation>indexgebunden</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Steuerliche Abschreibung</translation>
    </message>
    <message>
        <source>MACRS 5-year, %1 bonus</source>
        <translation>MACRS 5 Jahre, %1 Sonderabschreibung</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Tranche %1: lender yield</source>
        <translation>Tranche %1: Rendite der Kreditgeber</translation>
    </message>
    <message>
        <source>Tranche %1: amount</source>
        <translation>Tranche %1: Betrag</translation>
    </message>
    <message>
        <source>Facility terms</source>
        <translation>Bedingungen der Fazilität</translation>
    </message>
    <message>
        <source>The version-2 terms of each structure: tranches (share and rate), the cash waterfall, the maintenance LTV on the collateral and the tax depreciation.</source>
        <translation>Die Bedingungen der Version 2 jeder Struktur: Tranchen (Anteil und Zinssatz), der Cash-Wasserfall, der laufende LTV auf die Sicherheiten und die steuerliche Abschreibung.</translation>
    </message>
    <message>
        <source>Tranches by position (the first tranche of each structure, then the second); the lender yield is lower-is-better from the sponsor&apos;s side.</source>
        <translation>Tranchen nach Position (die erste Tranche jeder Struktur, dann die zweite); bei der Rendite der Kreditgeber ist aus Sicht des Sponsors niedriger besser.</translation>
    </message>
    <message>
        <source>Waterfall effect: %1</source>
        <translation>Wirkung des Wasserfalls: %1</translation>
    </message>
    <message>
        <source>The same deal computed with its cash waterfall and without it: no controlled accounts, test dates, lock-up, LTV cure or sweeps, every month&apos;s cash after debt service distributed; everything else unchanged.</source>
        <translation>Dasselbe Projekt mit und ohne seinen Cash-Wasserfall gerechnet: ohne kontrollierte Konten, Testtermine, Lock-up, LTV-Heilung oder Sweeps wird der Cash jedes Monats nach Schuldendienst ausgeschüttet; alles andere unverändert.</translation>
    </message>
    <message>
        <source>Waterfall effect on the DSCR: %1</source>
        <translation>Wirkung des Wasserfalls auf den DSCR: %1</translation>
    </message>
</context>
<context>
    <name>gds::MetricField</name>
    <message>
        <source>Total capex</source>
        <translation>Capex gesamt</translation>
    </message>
    <message>
        <source>Interest during construction</source>
        <translation>Bauzeitzinsen</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>Bauzeitzinsen</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>Upfront-Fee</translation>
    </message>
    <message>
        <source>Commitment fees</source>
        <translation>Bereitstellungsprovisionen</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>DSRA-Erstdotierung</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Mittelverwendung gesamt</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>Senior-Darlehen</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Debt drawn in cash</source>
        <translation>Bar gezogener Kredit</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Gearing (debt / uses)</source>
        <translation>Fremdkapitalquote (Darlehen / Mittelverwendung)</translation>
    </message>
    <message>
        <source>Gearing</source>
        <translation>Fremdkapitalquote</translation>
    </message>
    <message>
        <source>LTV (debt / capex)</source>
        <translation>LTV (Darlehen / Capex)</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Contracted + hedged coverage</source>
        <translation>Abdeckung (vertraglich + abgesichert)</translation>
    </message>
    <message>
        <source>Contracted + hedged</source>
        <translation>Vertraglich + abgesichert</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>Min. DSCR</translation>
    </message>
    <message>
        <source>Average DSCR</source>
        <translation>Durchschnittlicher DSCR</translation>
    </message>
    <message>
        <source>Avg DSCR</source>
        <translation>Ø DSCR</translation>
    </message>
    <message>
        <source>LLCR</source>
        <translation>LLCR</translation>
    </message>
    <message>
        <source>Lender all-in yield</source>
        <translation>All-in-Rendite der Kreditgeber</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>Eigenkapital-IRR</translation>
    </message>
    <message>
        <source>Project IRR (unlevered, post-tax)</source>
        <translation>Projekt-IRR (ohne Fremdkapital, nach Steuern)</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>Projekt-IRR</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>WACC</translation>
    </message>
    <message>
        <source>NPV at WACC</source>
        <translation>Kapitalwert zum WACC</translation>
    </message>
    <message>
        <source>LCOC</source>
        <translation>LCOC</translation>
    </message>
    <message>
        <source>Spot headroom (fall to DSCR 1.00x)</source>
        <translation>Spot-Puffer (Rückgang bis DSCR 1,00x)</translation>
    </message>
    <message>
        <source>Spot headroom</source>
        <translation>Spot-Puffer</translation>
    </message>
    <message>
        <source>Equity payback</source>
        <translation>Eigenkapital-Amortisationsdauer</translation>
    </message>
    <message>
        <source>Lock-up breaches</source>
        <translation>Lock-up-Verletzungen</translation>
    </message>
    <message>
        <source>Default breaches</source>
        <translation>Default-Verletzungen</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>Tax on the terminal value</source>
        <translation>Steuer auf den Restwert</translation>
    </message>
    <message>
        <source>Tax on terminal value</source>
        <translation>Steuer auf den Restwert</translation>
    </message>
    <message>
        <source>Debt prepaid (waterfall)</source>
        <translation>Vorzeitig getilgt (Wasserfall)</translation>
    </message>
    <message>
        <source>Debt prepaid</source>
        <translation>Vorzeitig getilgt</translation>
    </message>
    <message>
        <source>Cash trapped at most</source>
        <translation>Max. gesperrte Mittel</translation>
    </message>
    <message>
        <source>LTV breaches</source>
        <translation>LTV-Verstöße</translation>
    </message>
    <message>
        <source>Peak LTV (collateral)</source>
        <translation>Höchster LTV (Sicherheiten)</translation>
    </message>
    <message>
        <source>Peak LTV</source>
        <translation>Höchster LTV</translation>
    </message>
    <message>
        <source>Debt repaid in period</source>
        <translation>Schuld getilgt in Periode</translation>
    </message>
    <message>
        <source>Sizing iterations</source>
        <translation>Bemessungsrunden</translation>
    </message>
    <message>
        <source>Sizing rounds</source>
        <translation>Bemessungsrunden</translation>
    </message>
</context>
<context>
    <name>gds::TermSheet</name>
    <message numerus="yes">
        <source>%n months</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Sculpted: debt service follows CFADS</source>
        <translation>Skulptiert: Der Schuldendienst folgt dem CFADS</translation>
    </message>
    <message>
        <source>Annuity (level monthly debt service)</source>
        <translation>Annuität (gleichbleibender monatlicher Schuldendienst)</translation>
    </message>
    <message>
        <source>Straight line (equal monthly principal)</source>
        <translation>Linear (gleiche monatliche Tilgung)</translation>
    </message>
    <message>
        <source>Bullet: interest monthly, principal at maturity (balloon assumed refinanced)</source>
        <translation>Endfällig: Zinsen monatlich, Tilgung bei Fälligkeit (Refinanzierung der Schlussrate angenommen)</translation>
    </message>
    <message>
        <source>Fixed amount of %1</source>
        <translation>Fester Betrag von %1</translation>
    </message>
    <message>
        <source>Lesser of a %1 target DSCR on CFADS and %2 of total capex (LTV)</source>
        <translation>Der niedrigere Betrag aus einem Ziel-DSCR von %1 auf den CFADS und %2 des gesamten Capex (LTV)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Borrower / Sponsor</source>
        <translation>Darlehensnehmer / Sponsor</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht benannt)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1 x %2 GPUs, %3 availability; construction %4, operations %5</source>
        <translation>%1 x %2 GPUs, Verfügbarkeit %3; Bauphase %4, Betriebsphase %5</translation>
    </message>
    <message>
        <source>%1 (rated %2)</source>
        <translation>%1 (Rating %2)</translation>
    </message>
    <message>
        <source>Offtakers</source>
        <translation>Offtaker</translation>
    </message>
    <message>
        <source>None: merchant only</source>
        <translation>Keine: nur Merchant-Vermarktung</translation>
    </message>
    <message>
        <source>Lenders</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>The senior lenders under the facility</source>
        <translation>Die Senior-Kreditgeber der Fazilität</translation>
    </message>
    <message>
        <source>The facility</source>
        <translation>Die Fazilität</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Fazilität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Senior secured delayed-draw term loan</source>
        <translation>Besichertes Senior-Laufzeitdarlehen mit Delayed Draw</translation>
    </message>
    <message>
        <source>Senior secured term loan</source>
        <translation>Besichertes Senior-Laufzeitdarlehen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 at COD, of which %2 drawn in cash and %3 capitalized interest during construction</source>
        <translation>%1 bei COD, davon %2 bar gezogen und %3 während der Bauphase kapitalisierte Zinsen</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Bemessung</translation>
    </message>
    <message>
        <source>Availability period</source>
        <translation>Verfügbarkeitszeitraum</translation>
    </message>
    <message>
        <source>From financial close (%1) to the commercial operation date (COD, %2); drawn pro rata to capex (%3 of each capex payment). Draws: %4</source>
        <translation>Vom Financial Close (%1) bis zur kommerziellen Inbetriebnahme (COD, %2); Ziehung pro rata zum Capex (%3 jeder Capex-Zahlung). Ziehungen: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>%n months from COD</source>
        <translation>
            <numerusform>%n Monat ab COD</numerusform>
            <numerusform>%n Monate ab COD</numerusform>
        </translation>
    </message>
    <message>
        <source>Final maturity date</source>
        <translation>Endfälligkeit</translation>
    </message>
    <message>
        <source>Repayment profile</source>
        <translation>Tilgungsprofil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schedule summary by calendar year&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Tilgungsplan nach Kalenderjahren&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Gezogen</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>Bauzeitzinsen</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Gezahlte Zinsen</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>Schuldendienst</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Endsaldo</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>Min. DSCR</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Pricing and fees</source>
        <translation>Konditionen und Gebühren</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <source>Fixed %1 per annum</source>
        <translation>Fest %1 p. a.</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>Jahr %1: %2</translation>
    </message>
    <message>
        <source>Base rate curve by model year (%1)</source>
        <translation>Referenzzinskurve nach Modelljahr (%1)</translation>
    </message>
    <message>
        <source>Base rate %1 per annum</source>
        <translation>Referenzzins %1 p. a.</translation>
    </message>
    <message>
        <source>%1 plus the margin; margin applied %2</source>
        <translation>%1 zuzüglich Marge; angewandte Marge %2</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>%1 per annum</source>
        <translation>%1 p. a.</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>Zinstagekonvention</translation>
    </message>
    <message>
        <source>Interest payment</source>
        <translation>Zinszahlung</translation>
    </message>
    <message>
        <source>Monthly in arrears; capitalized during construction</source>
        <translation>Monatlich nachschüssig; während der Bauphase kapitalisiert</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>Upfront-Fee</translation>
    </message>
    <message>
        <source>%1 of the facility amount (%2), paid at financial close</source>
        <translation>%1 des Fazilitätsbetrags (%2), zahlbar bei Financial Close</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Bereitstellungsprovision</translation>
    </message>
    <message>
        <source>%1 per annum on undrawn commitments during availability (%2 in total)</source>
        <translation>%1 p. a. auf nicht gezogene Zusagen während des Verfügbarkeitszeitraums (insgesamt %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin grid&lt;/b&gt;: the margin steps down with the share of tenor GPU-hours that are contracted or hedged (coverage). Model coverage %1 selects the marked step.</source>
        <translation>&lt;b&gt;Margengitter&lt;/b&gt;: Die Marge sinkt mit dem Anteil der GPU-Stunden der Laufzeit, die vertraglich gebunden oder abgesichert sind (Abdeckung). Die Modellabdeckung von %1 wählt die markierte Stufe.</translation>
    </message>
    <message>
        <source>Coverage from</source>
        <translation>Abdeckung ab</translation>
    </message>
    <message>
        <source>All-in rate</source>
        <translation>All-in-Zinssatz</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewandt</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewandt</translation>
    </message>
    <message>
        <source>Reserves and financial covenants</source>
        <translation>Reserven und Financial Covenants</translation>
    </message>
    <message>
        <source>Debt service reserve account</source>
        <translation>Schuldendienst-Reservekonto (DSRA)</translation>
    </message>
    <message numerus="yes">
        <source>%n months of scheduled debt service, funded by the equity at COD (%1 initially)</source>
        <translation>
            <numerusform>%n Monat planmäßiger Schuldendienst, bei COD aus Eigenkapital dotiert (anfänglich %1)</numerusform>
            <numerusform>%n Monate planmäßiger Schuldendienst, bei COD aus Eigenkapital dotiert (anfänglich %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>no tested debt service</source>
        <translation>kein getesteter Schuldendienst</translation>
    </message>
    <message numerus="yes">
        <source>Model minimum %1: headroom %2 (CFADS may fall %3 in the weakest period); %n period(s) below</source>
        <translation>
            <numerusform>Modellminimum %1: Puffer %2 (der CFADS darf in der schwächsten Periode um %3 sinken); %n Periode darunter</numerusform>
            <numerusform>Modellminimum %1: Puffer %2 (der CFADS darf in der schwächsten Periode um %3 sinken); %n Perioden darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution lock-up</source>
        <translation>Ausschüttungssperre (Lock-up)</translation>
    </message>
    <message>
        <source>DSCR below %1. %2</source>
        <translation>DSCR unter %1. %2</translation>
    </message>
    <message>
        <source>Event of default</source>
        <translation>Kündigungsgrund (Event of Default)</translation>
    </message>
    <message>
        <source>DSCR test</source>
        <translation>DSCR-Test</translation>
    </message>
    <message>
        <source>Monthly, CFADS over scheduled debt service (interest only; the balloon is excluded)</source>
        <translation>Monatlich, CFADS im Verhältnis zum planmäßigen Schuldendienst (nur Zinsen; die Schlussrate bleibt unberücksichtigt)</translation>
    </message>
    <message>
        <source>Monthly, CFADS over scheduled debt service</source>
        <translation>Monatlich, CFADS im Verhältnis zum planmäßigen Schuldendienst</translation>
    </message>
    <message>
        <source>Spot headroom</source>
        <translation>Spot-Puffer</translation>
    </message>
    <message>
        <source>The spot price curve may fall %1 before the minimum DSCR reaches %2</source>
        <translation>Die Spotpreiskurve darf um %1 fallen, bevor der minimale DSCR %2 erreicht</translation>
    </message>
    <message>
        <source>Hedging requirements</source>
        <translation>Absicherungsanforderungen</translation>
    </message>
    <message>
        <source>No hedges are required; merchant capacity is sold at the spot index.</source>
        <translation>Es sind keine Absicherungen erforderlich; die Merchant-Kapazität wird zum Spot-Index verkauft.</translation>
    </message>
    <message>
        <source>The borrower shall enter into and maintain the following hedges on the %1 (GPU-hour notional: every hour of the stated number of GPUs). Coverage of tenor GPU-hours by contracts and hedges: %2.</source>
        <translation>Der Darlehensnehmer schließt die folgenden Absicherungen auf den %1 ab und hält sie aufrecht (Nominal in GPU-Stunden: jede Stunde der angegebenen Anzahl GPUs). Abdeckung der GPU-Stunden der Laufzeit durch Verträge und Absicherungen: %2.</translation>
    </message>
    <message>
        <source>GPU-hour rental index</source>
        <translation>GPU-Stunden-Mietindex</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>Initial Margin</translation>
    </message>
    <message>
        <source>Offtake summary</source>
        <translation>Offtake-Übersicht</translation>
    </message>
    <message>
        <source>No offtake contracts: all capacity is merchant.</source>
        <translation>Keine Offtake-Verträge: Die gesamte Kapazität ist Merchant.</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Preisgleitung</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Vorausbezahlt</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Vertragswert</translation>
    </message>
    <message>
        <source>Merchant capacity: %1 at %2 in the first year, changing %3 a year, sold at %4 utilization.</source>
        <translation>Merchant-Kapazität: %1 zu %2 im ersten Jahr, Veränderung %3 pro Jahr, verkauft bei %4 Auslastung.</translation>
    </message>
    <message>
        <source>spot index</source>
        <translation>Spot-Index</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Mittelherkunft und -verwendung</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Mittelverwendung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Interest during construction</source>
        <translation>Bauzeitzinsen</translation>
    </message>
    <message>
        <source>Commitment fees</source>
        <translation>Bereitstellungsprovisionen</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>DSRA-Erstdotierung</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>Senior-Darlehen</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Mittelverwendung gesamt</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Mittelherkunft gesamt</translation>
    </message>
    <message>
        <source>Key metrics (base case)</source>
        <translation>Kennzahlen (Basisfall)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>Minimaler DSCR</translation>
    </message>
    <message>
        <source>Lender all-in yield</source>
        <translation>All-in-Rendite der Kreditgeber</translation>
    </message>
    <message>
        <source>Average DSCR</source>
        <translation>Durchschnittlicher DSCR</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>WACC</translation>
    </message>
    <message>
        <source>LLCR</source>
        <translation>LLCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>Eigenkapital-IRR</translation>
    </message>
    <message>
        <source>Gearing (debt / uses)</source>
        <translation>Fremdkapitalquote (Darlehen / Mittelverwendung)</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>Projekt-IRR</translation>
    </message>
    <message>
        <source>LTV (debt / capex)</source>
        <translation>LTV (Darlehen / Capex)</translation>
    </message>
    <message>
        <source>NPV at WACC</source>
        <translation>Kapitalwert zum WACC</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>LCOC per GPU-hour</source>
        <translation>LCOC je GPU-Stunde</translation>
    </message>
    <message>
        <source>Lowest contract price</source>
        <translation>Niedrigster Vertragspreis</translation>
    </message>
    <message>
        <source>Equity payback</source>
        <translation>Eigenkapital-Amortisationsdauer</translation>
    </message>
    <message>
        <source>Lock-up / default breaches</source>
        <translation>Lock-up- / Default-Verletzungen</translation>
    </message>
    <message>
        <source>Indicative Term Sheet</source>
        <translation>Indikatives Term Sheet</translation>
    </message>
    <message>
        <source>Date: %1 &amp;nbsp;&amp;nbsp; Deal version: %2</source>
        <translation>Datum: %1 &amp;nbsp;&amp;nbsp; Deal-Version: %2</translation>
    </message>
    <message>
        <source>Indicative and non-binding. This term sheet is for discussion only: it is not an offer or a commitment to lend, arrange or underwrite, and creates no legal obligation. Any financing is subject to due diligence, credit approval and definitive documentation. Figures are the GPU Deal Studio model&apos;s base case for the deal as of the date above; they are not a market quote.</source>
        <translation>Indikativ und unverbindlich. Dieses Term Sheet dient ausschließlich der Diskussion: Es ist weder ein Angebot noch eine Zusage, einen Kredit zu gewähren, zu arrangieren oder zu übernehmen, und begründet keine rechtliche Verpflichtung. Jede Finanzierung steht unter dem Vorbehalt der Due Diligence, der Kreditgenehmigung und einer endgültigen Vertragsdokumentation. Die Zahlen sind der Basisfall des GPU-Deal-Studio-Modells für den Deal zum oben genannten Datum; sie sind kein Marktangebot.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debt balance and DSCR&lt;/b&gt; (monthly; DSCR against the covenant levels)</source>
        <translation>&lt;b&gt;Restschuld und DSCR&lt;/b&gt; (monatlich; DSCR im Vergleich zu den Covenant-Schwellen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue stack&lt;/b&gt; by calendar year (%1; contracted, merchant, hedge settlements)</source>
        <translation>&lt;b&gt;Umsatzzusammensetzung&lt;/b&gt; nach Kalenderjahren (%1; vertraglich, Merchant, Hedge-Ausgleichszahlungen)</translation>
    </message>
    <message>
        <source>the deal cannot be computed: %1</source>
        <translation>der Deal kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>the term sheet needs a date</source>
        <translation>für das Term Sheet fehlt das Datum</translation>
    </message>
    <message>
        <source>Indicative Term Sheet - %1</source>
        <translation>Indikatives Term Sheet - %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 | version %2</source>
        <translation>%1 | Version %2</translation>
    </message>
    <message>
        <source>Indicative and non-binding</source>
        <translation>Indikativ und unverbindlich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis title: currency code</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>Debt balance (left)</source>
        <translation>Restschuld (links)</translation>
    </message>
    <message>
        <source>DSCR (right)</source>
        <translation>DSCR (rechts)</translation>
    </message>
    <message>
        <source>Lock-up %1</source>
        <translation>Lock-up %1</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>Default %1</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Vertraglich gesichert</translation>
    </message>
    <message>
        <source>Merchant (spot)</source>
        <translation>Merchant (Spot)</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>Hedge-Ausgleichszahlungen</translation>
    </message>
    <message>
        <source>Swap</source>
        <comment>hedge type</comment>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>hedge type</comment>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Futures</source>
        <comment>hedge type</comment>
        <translation>Futures</translation>
    </message>
    <message>
        <source>Above the whole range tested: the minimum DSCR stays above %1 even with the spot price curve at zero</source>
        <translation>Über den gesamten getesteten Bereich: Der Mindest-DSCR bleibt selbst bei einer Spotpreiskurve von null über %1</translation>
    </message>
    <message>
        <source>Strike (%1/GPU-h)</source>
        <translation>Strike (%1/GPU-Std.)</translation>
    </message>
    <message>
        <source>Fee + premium (%1)</source>
        <translation>Gebühr + Prämie (%1)</translation>
    </message>
    <message>
        <source>Price (%1/GPU-h)</source>
        <translation>Preis (%1/GPU-Std.)</translation>
    </message>
    <message>
        <source>above the range tested</source>
        <translation>über dem getesteten Bereich</translation>
    </message>
    <message>
        <source>Fixed %1</source>
        <translation>Fest %1</translation>
    </message>
    <message>
        <source>Base rate curve</source>
        <translation>Basiszinskurve</translation>
    </message>
    <message>
        <source>Base %1</source>
        <translation>Basis %1</translation>
    </message>
    <message>
        <source>%1 + margin by rating</source>
        <translation>%1 + Marge nach Rating</translation>
    </message>
    <message>
        <source>%1 + margin grid</source>
        <translation>%1 + Margenraster</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tranches&lt;/b&gt; (pari passu: they share the facility&apos;s sizing, drawdowns, repayment profile and security pro rata to their shares; amounts at COD, %1)</source>
        <translation>&lt;b&gt;Tranchen&lt;/b&gt; (pari passu: sie teilen Bemessung, Ziehungen, Tilgungsprofil und Sicherheiten der Fazilität anteilig; Beträge bei COD, %1)</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Margin applied</source>
        <translation>Angewandte Marge</translation>
    </message>
    <message>
        <source>Lender yield</source>
        <translation>Rendite der Kreditgeber</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin by rating&lt;/b&gt;: each GPU-hour of the tenor is priced by the rating of the offtaker that buys it; hedged and merchant hours at their own margins</source>
        <translation>&lt;b&gt;Marge nach Rating&lt;/b&gt;: jede GPU-Stunde der Laufzeit wird nach dem Rating des Abnehmers bepreist, der sie kauft; gehedgte und Merchant-Stunden zu eigenen Margen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin by rating, %1&lt;/b&gt;: each GPU-hour of the tenor is priced by the rating of the offtaker that buys it; hedged and merchant hours at their own margins</source>
        <translation>&lt;b&gt;Marge nach Rating, %1&lt;/b&gt;: jede GPU-Stunde der Laufzeit wird nach dem Rating des Abnehmers bepreist, der sie kauft; gehedgte und Merchant-Stunden zu eigenen Margen</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Gehedgt</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>By offtaker rating (table below), weighted over every GPU-hour of the tenor</source>
        <translation>Nach Rating des Abnehmers (Tabelle unten), gewichtet über jede GPU-Stunde der Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>Model: %n test date(s) below; lowest monthly DSCR %1</source>
        <translation>
            <numerusform>Modell: %n Testtermin darunter; niedrigster monatlicher DSCR %1</numerusform>
            <numerusform>Modell: %n Testtermine darunter; niedrigster monatlicher DSCR %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Historic DSCR below %1 on a test date (see Cash management). %2</source>
        <translation>Historischer DSCR unter %1 an einem Testtermin (siehe Cash-Management). %2</translation>
    </message>
    <message>
        <source>Historic DSCR below %1 on a test date. %2</source>
        <translation>Historischer DSCR unter %1 an einem Testtermin. %2</translation>
    </message>
    <message>
        <source>On each test date: CFADS over scheduled debt service of the last %1 (historic DSCR)</source>
        <translation>An jedem Testtermin: CFADS über planmäßigen Schuldendienst der letzten %1 (historischer DSCR)</translation>
    </message>
    <message>
        <source>Not measured: the deal has no collateral block</source>
        <translation>Nicht gemessen: das Projekt hat keine Sicherheiten</translation>
    </message>
    <message>
        <source>Tested on each test date; a shortfall is cured by prepayment from the distribution account, then the lock-up account; what they cannot cure is an LTV breach. Model: peak LTV %1, %2 breach(es)</source>
        <translation>Getestet an jedem Testtermin; eine Unterdeckung wird durch Sondertilgung aus dem Ausschüttungskonto, dann dem Lock-up-Konto geheilt; was sie nicht heilen können, ist ein LTV-Verstoß. Modell: höchster LTV %1, %2 Verstoß/Verstöße</translation>
    </message>
    <message>
        <source>Measured monthly; without a cash waterfall no cure is modelled. Model: peak LTV %1</source>
        <translation>Monatlich gemessen; ohne Cash-Wasserfall wird keine Heilung modelliert. Modell: höchster LTV %1</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>Laufender LTV</translation>
    </message>
    <message>
        <source>Loan balance at most %1 of the collateral&apos;s market value (see Collateral). %2</source>
        <translation>Darlehenssaldo höchstens %1 des Marktwerts der Sicherheiten (siehe Sicherheiten). %2</translation>
    </message>
    <message>
        <source>%1 (month %2 from COD)</source>
        <translation>%1 (Monat %2 ab COD)</translation>
    </message>
    <message>
        <source>Cash management</source>
        <translation>Cash-Management</translation>
    </message>
    <message>
        <source>Controlled accounts</source>
        <translation>Kontrollierte Konten</translation>
    </message>
    <message>
        <source>Operating cash after debt service and the DSRA top-up is paid into a distribution account controlled by the lenders. A shortfall is met from it, then from the lock-up account, then from the DSRA; the sponsor funds what remains (equity support).</source>
        <translation>Der operative Cash nach Schuldendienst und DSRA-Auffüllung fließt auf ein von den Kreditgebern kontrolliertes Ausschüttungskonto. Eine Unterdeckung wird daraus, dann aus dem Lock-up-Konto, dann aus der DSRA gedeckt; den Rest finanziert der Sponsor (Eigenkapitalstützung).</translation>
    </message>
    <message>
        <source>Test dates</source>
        <translation>Testtermine</translation>
    </message>
    <message>
        <source>Every %1 from COD (first test date %2) and at final maturity; the sponsor receives the distribution account only on a test date that passes</source>
        <translation>Alle %1 ab COD (erster Testtermin %2) und bei Endfälligkeit; der Sponsor erhält das Ausschüttungskonto nur an einem bestandenen Testtermin</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>Historic DSCR below %1 (lookback %2): the test fails and the distribution account is trapped in a lock-up account</source>
        <translation>Historischer DSCR unter %1 (Rückblick %2): der Test ist nicht bestanden und das Ausschüttungskonto wird auf einem Lock-up-Konto gesperrt</translation>
    </message>
    <message>
        <source>None: the tests do not trap cash</source>
        <translation>Keiner: die Tests sperren keine Mittel</translation>
    </message>
    <message>
        <source>Release of trapped cash</source>
        <translation>Freigabe gesperrter Mittel</translation>
    </message>
    <message numerus="yes">
        <source>To the sponsor once %n consecutive test(s) pass, and on every passing test after that</source>
        <translation>
            <numerusform>An den Sponsor, sobald %n Test in Folge bestanden ist, und an jedem danach bestandenen Test</numerusform>
            <numerusform>An den Sponsor, sobald %n Tests in Folge bestanden sind, und an jedem danach bestandenen Test</numerusform>
        </translation>
    </message>
    <message>
        <source>Trapped-cash sweep</source>
        <translation>Sweep gesperrter Mittel</translation>
    </message>
    <message numerus="yes">
        <source>Once %n consecutive test(s) fail, and on every failing test after that, the lock-up account prepays the facility</source>
        <translation>
            <numerusform>Sobald %n Test in Folge nicht bestanden ist, und an jedem danach nicht bestandenen Test, tilgt das Lock-up-Konto die Fazilität vorzeitig</numerusform>
            <numerusform>Sobald %n Tests in Folge nicht bestanden sind, und an jedem danach nicht bestandenen Test, tilgt das Lock-up-Konto die Fazilität vorzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>None: trapped cash stays in the lock-up account until released</source>
        <translation>Keiner: gesperrte Mittel bleiben bis zur Freigabe auf dem Lock-up-Konto</translation>
    </message>
    <message>
        <source>Excess cash sweep</source>
        <translation>Überschuss-Cash-Sweep</translation>
    </message>
    <message>
        <source>%1 of the distribution account prepays the facility on every test date, before the lock-up test</source>
        <translation>%1 des Ausschüttungskontos tilgt die Fazilität an jedem Testtermin vorzeitig, vor dem Lock-up-Test</translation>
    </message>
    <message>
        <source>Prepayments</source>
        <translation>Sondertilgungen</translation>
    </message>
    <message>
        <source>Applied as principal; every later scheduled instalment falls in proportion (the repayment profile is kept)</source>
        <translation>Als Tilgung verrechnet; jede spätere planmäßige Rate sinkt anteilig (das Tilgungsprofil bleibt erhalten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base case&lt;/b&gt; (the model&apos;s figures)</source>
        <translation>&lt;b&gt;Basisfall&lt;/b&gt; (die Zahlen des Modells)</translation>
    </message>
    <message>
        <source>First failing test</source>
        <translation>Erster nicht bestandener Test</translation>
    </message>
    <message>
        <source>None: the historic DSCR stays at or above %1 on every test date</source>
        <translation>Keiner: der historische DSCR bleibt an jedem Testtermin bei oder über %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, historic DSCR %2; %n test date(s) below %3 in all</source>
        <translation>
            <numerusform>%1, historischer DSCR %2; insgesamt %n Testtermin unter %3</numerusform>
            <numerusform>%1, historischer DSCR %2; insgesamt %n Testtermine unter %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash trapped at most</source>
        <translation>Max. gesperrte Mittel</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Prepaid in total</source>
        <translation>Vorzeitig getilgt insgesamt</translation>
    </message>
    <message>
        <source>%1 (%2 of the facility)</source>
        <translation>%1 (%2 der Fazilität)</translation>
    </message>
    <message>
        <source>Repaid in</source>
        <translation>Getilgt am</translation>
    </message>
    <message>
        <source>%1, %2 before the final maturity date</source>
        <translation>%1, %2 vor der Endfälligkeit</translation>
    </message>
    <message>
        <source>%1, at final maturity</source>
        <translation>%1, bei Endfälligkeit</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Besicherung</translation>
    </message>
    <message>
        <source>First-ranking security over the hardware of the capex categories %1: %2 at cost</source>
        <translation>Erstrangige Sicherheit an der Hardware der Capex-Kategorien %1: %2 zu Anschaffungskosten</translation>
    </message>
    <message>
        <source>Assumed market value</source>
        <translation>Angenommener Marktwert</translation>
    </message>
    <message>
        <source>Cost at COD, falling %1 a year (monthly, compounding) to a floor of %2 of cost</source>
        <translation>Kosten bei COD, fallend um %1 pro Jahr (monatlich, zusammengesetzt) bis auf eine Untergrenze von %2 der Kosten</translation>
    </message>
    <message>
        <source>Index link</source>
        <translation>Indexbindung</translation>
    </message>
    <message>
        <source>Index-linked: on the Monte Carlo paths the value moves with the spot price index</source>
        <translation>Indexgebunden: auf den Monte-Carlo-Pfaden folgt der Wert dem Spotpreisindex</translation>
    </message>
    <message>
        <source>None: the value follows the curve above on every path</source>
        <translation>Keine: der Wert folgt auf jedem Pfad der obigen Kurve</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>%1 at the end of operations (%2): the collateral at market plus the book value of the other assets</source>
        <translation>%1 am Ende des Betriebs (%2): die Sicherheiten zum Marktwert plus der Buchwert der übrigen Anlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collateral value and loan&lt;/b&gt; at COD and each anniversary (%1)</source>
        <translation>&lt;b&gt;Sicherheitenwert und Darlehen&lt;/b&gt; bei COD und an jedem Jahrestag (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>Sicherheitenwert</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>Darlehenssaldo</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Tax basis</source>
        <translation>Steuerliche Grundlagen</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Steuerliche Abschreibung</translation>
    </message>
    <message>
        <source>MACRS 5-year (half-year convention) on the full cost of compute, networking, storage and spares, with %1 bonus depreciation in the first operating month; other items straight line</source>
        <translation>MACRS 5 Jahre (Halbjahreskonvention) auf die vollen Kosten von Rechentechnik, Netzwerk, Speicher und Ersatzteilen, mit %1 Sonderabschreibung im ersten Betriebsmonat; übrige Posten linear</translation>
    </message>
    <message>
        <source>Straight line over each item&apos;s useful life, as in the books</source>
        <translation>Linear über die Nutzungsdauer jedes Postens, wie in der Bilanz</translation>
    </message>
    <message>
        <source>Tax losses</source>
        <translation>Steuerliche Verluste</translation>
    </message>
    <message>
        <source>Carried forward without limit</source>
        <translation>Unbegrenzt vorgetragen</translation>
    </message>
    <message>
        <source>Carried forward; they offset at most %1 of a period&apos;s taxable income</source>
        <translation>Vorgetragen; sie verrechnen höchstens %1 des zu versteuernden Einkommens einer Periode</translation>
    </message>
    <message>
        <source>Tax on the terminal value</source>
        <translation>Steuer auf den Restwert</translation>
    </message>
    <message>
        <source>%1: the tax rate on the terminal value less the remaining tax basis, due at the end of operations (a loss saves tax)</source>
        <translation>%1: der Steuersatz auf den Restwert abzüglich der verbleibenden steuerlichen Basis, fällig am Ende des Betriebs (ein Verlust spart Steuern)</translation>
    </message>
    <message>
        <source>Peak LTV (collateral)</source>
        <translation>Höchster LTV (Sicherheiten)</translation>
    </message>
    <message>
        <source>LTV breaches</source>
        <translation>LTV-Verstöße</translation>
    </message>
    <message>
        <source>Debt repaid in</source>
        <translation>Darlehen getilgt am</translation>
    </message>
</context>
<context>
    <name>gds::report::Format</name>
    <message>
        <source>%1 %2 per GPU-hour</source>
        <comment>currency code, price</comment>
        <translation>%1 %2 je GPU-Stunde</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1x</source>
        <comment>a multiple such as a DSCR of 1.53x</comment>
        <translation>%1x</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>gds::ui</name>
    <message>
        <source>Prepayment of debt</source>
        <translation>Vorzeitige Tilgung</translation>
    </message>
    <message>
        <source>Historic DSCR (test date)</source>
        <translation>Historischer DSCR (Testtermin)</translation>
    </message>
    <message>
        <source>Distribution account</source>
        <translation>Ausschüttungskonto</translation>
    </message>
    <message>
        <source>Lock-up account</source>
        <translation>Sperrkonto (Lock-up)</translation>
    </message>
    <message>
        <source>Distribution to equity</source>
        <translation>Ausschüttung an das Eigenkapital</translation>
    </message>
    <message>
        <source>Equity support</source>
        <translation>Eigenkapitalnachschuss</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>Sicherheitenwert</translation>
    </message>
    <message>
        <source>LTV (collateral)</source>
        <translation>LTV (Sicherheiten)</translation>
    </message>
    <message>
        <source>GPU-h</source>
        <translation>GPU-h</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>close</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektrik</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>Ersatzteile</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Nebenkosten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>Futures</translation>
    </message>
    <message>
        <source>Sculpted</source>
        <translation>Skulptiert (DSCR-basiert)</translation>
    </message>
    <message>
        <source>Annuity</source>
        <translation>Annuität</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Endfällig</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Sellable hours</source>
        <translation>Verkaufbare Stunden</translation>
    </message>
    <message>
        <source>Contract revenue</source>
        <translation>Vertragserlöse</translation>
    </message>
    <message>
        <source>Prepayment received</source>
        <translation>Erhaltene Vorauszahlung</translation>
    </message>
    <message>
        <source>Prepaid release</source>
        <translation>Auflösung Vorauszahlung</translation>
    </message>
    <message>
        <source>Merchant revenue</source>
        <translation>Merchant-Erlöse</translation>
    </message>
    <message>
        <source>Spot index</source>
        <translation>Spot-Index</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>Hedge-Ausgleichszahlungen</translation>
    </message>
    <message>
        <source>Hedge margin flow</source>
        <translation>Hedge-Margin-Zahlungen</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Fixed opex</source>
        <translation>Fixe Opex</translation>
    </message>
    <message>
        <source>Variable opex</source>
        <translation>Variable Opex</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Abschreibungen</translation>
    </message>
    <message>
        <source>Financing cost amortization</source>
        <translation>Auflösung der Finanzierungskosten</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Gezahlte Zinsen</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>CFADS</source>
        <translation>CFADS</translation>
    </message>
    <message>
        <source>Debt draw</source>
        <translation>Kreditziehung</translation>
    </message>
    <message>
        <source>Capitalized interest (IDC)</source>
        <translation>Bauzeitzinsen (IDC)</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Bereitstellungsprovision</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>Schuldendienst</translation>
    </message>
    <message>
        <source>Debt balance</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>DSCR</translation>
    </message>
    <message>
        <source>DSRA balance</source>
        <translation>DSRA-Saldo</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>Eigenkapital-Cashflow</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency symbol per GPU-hour</comment>
        <translation>%1/GPU-h</translation>
    </message>
    <message>
        <source>%1%2 m</source>
        <comment>currency symbol, amount in millions</comment>
        <translation>%1%2 Mio.</translation>
    </message>
    <message>
        <source>%1%2 k</source>
        <comment>currency symbol, amount in thousands</comment>
        <translation>%1%2 Tsd.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of years</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no merchant volume</source>
        <translation>kein Merchant-Volumen</translation>
    </message>
    <message>
        <source>net short the index in %1</source>
        <translation>netto short im Index in %1</translation>
    </message>
    <message>
        <source>net long the index in every year</source>
        <translation>in jedem Jahr netto long im Index</translation>
    </message>
    <message>
        <source>No hedges: the merchant volume is fully exposed to the index.</source>
        <translation>Keine Absicherungen: Das Merchant-Volumen ist dem Index voll ausgesetzt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>year: hedge ratio</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Over-hedged in %1: the hedges&apos; notional exceeds the expected merchant GPU-hours</source>
        <translation>Überabgesichert in %1: Das Nominalvolumen der Absicherungen übersteigt die erwarteten Merchant-GPU-Stunden</translation>
    </message>
    <message>
        <source>, so the deal is net short the index in %1: there a lower spot price raises CFADS and the DSCR, a higher one lowers them.</source>
        <translation>, daher ist der Deal in %1 netto short im Index: Dort erhöht ein niedrigerer Spotpreis CFADS und DSCR, ein höherer senkt sie.</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 betragen</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be at least %1 and less than %2</source>
        <translation>muss mindestens %1 und kleiner als %2 sein</translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation>muss größer als %1 und höchstens %2 sein</translation>
    </message>
    <message>
        <source>must be greater than %1 and less than %2</source>
        <translation>muss größer als %1 und kleiner als %2 sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>the spend shares must add up to 100 % (they add up to %1 %)</source>
        <translation>die Ausgabenanteile müssen 100 % ergeben (sie ergeben %1 %)</translation>
    </message>
    <message>
        <source>the contracts active in %1 need %2 GPUs, more than the cluster&apos;s %3</source>
        <translation>die in %1 aktiven Verträge benötigen %2 GPUs, mehr als die %3 des Clusters</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation>benötigt mindestens eine Zeile</translation>
    </message>
    <message>
        <source>contains characters that are not text</source>
        <translation>enthält Zeichen, die kein Text sind</translation>
    </message>
    <message>
        <source>must be 0 unless the hedge is futures</source>
        <translation>muss 0 sein, außer bei Futures</translation>
    </message>
    <message>
        <source>Hedge ratio up to %1 (%2); %3</source>
        <translation>Hedge-Quote bis %1 (%2); %3</translation>
    </message>
    <message>
        <source>Hedges without merchant volume; %1</source>
        <translation>Absicherungen ohne Merchant-Volumen; %1</translation>
    </message>
    <message>
        <source>Hedge ratio by year (hedged GPU-hours over expected merchant GPU-hours): %1.</source>
        <translation>Hedge-Quote je Jahr (abgesicherte GPU-Stunden zu erwarteten Merchant-GPU-Stunden): %1.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>spend entry %1, %2</source>
        <translation>Ausgabeneintrag %1, %2</translation>
    </message>
    <message>
        <source>%1 entry %2, %3</source>
        <comment>list, entry number, field</comment>
        <translation>%1 Eintrag %2, %3</translation>
    </message>
    <message>
        <source>the tranches&apos; shares must add up to 100 % (they add up to %1 %)</source>
        <translation>die Anteile der Tranchen müssen 100 % ergeben (sie ergeben %1 %)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>is too large (at most 10^12)</source>
        <translation>ist zu groß (höchstens 10^12)</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>darf höchstens 200 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be a currency code of 3 capital letters, e.g. USD</source>
        <translation>muss ein Währungscode aus 3 Großbuchstaben sein, z. B. USD</translation>
    </message>
    <message>
        <source>the year must be from 1990 to 2200</source>
        <translation>das Jahr muss zwischen 1990 und 2200 liegen</translation>
    </message>
    <message>
        <source>the month must be from 1 to 12</source>
        <translation>der Monat muss zwischen 1 und 12 liegen</translation>
    </message>
    <message>
        <source>must be 0 for this hedge type</source>
        <translation>muss bei dieser Absicherungsart 0 sein</translation>
    </message>
    <message>
        <source>needs a row with minimum coverage 0 %</source>
        <translation>benötigt eine Zeile mit Mindestdeckung 0 %</translation>
    </message>
    <message>
        <source>needs 1 to 5 tranches</source>
        <translation>benötigt 1 bis 5 Tranchen</translation>
    </message>
    <message>
        <source>must differ from the other tranches&apos; names (same as tranche %1)</source>
        <translation>muss sich von den Namen der anderen Tranchen unterscheiden (wie Tranche %1)</translation>
    </message>
    <message>
        <source>has an unknown sizing mode</source>
        <translation>hat eine unbekannte Bemessungsart</translation>
    </message>
    <message>
        <source>needs collateral and the cash waterfall</source>
        <translation>benötigt Sicherheiten und den Cash-Wasserfall</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be 0 unless the tax depreciation is MACRS 5-year</source>
        <translation>muss 0 sein, außer bei steuerlicher Abschreibung MACRS 5 Jahre</translation>
    </message>
    <message>
        <source>a sculpted loan needs positive CFADS in the tenor; there is none</source>
        <translation>ein skulptiertes Darlehen braucht positiven CFADS in der Laufzeit; es gibt keinen</translation>
    </message>
    <message>
        <source>the debt is larger than the capex it funds (the draws would be %1 times the capex)</source>
        <translation>die Schuld ist größer als der finanzierte Capex (die Ziehungen wären das %1-Fache des Capex)</translation>
    </message>
    <message>
        <source>the target must be a number</source>
        <translation>das Ziel muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the Monte Carlo needs at least one path</source>
        <translation>die Monte-Carlo-Simulation braucht mindestens einen Pfad</translation>
    </message>
    <message>
        <source>the deal has no offtake contracts</source>
        <translation>das Geschäft hat keine Abnahmeverträge</translation>
    </message>
    <message>
        <source>there is no offtake row %1</source>
        <translation>es gibt keine Offtake-Zeile %1</translation>
    </message>
    <message>
        <source>the lowest contract price tried must be above 0</source>
        <translation>der niedrigste versuchte Vertragspreis muss über 0 liegen</translation>
    </message>
    <message>
        <source>the deal has no hedges</source>
        <translation>das Geschäft hat keine Absicherungen</translation>
    </message>
    <message>
        <source>there is no hedge row %1</source>
        <translation>es gibt keine Absicherungszeile %1</translation>
    </message>
    <message>
        <source>a strike cannot be negative</source>
        <translation>ein Strike kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the deal has no capex for a debt to fund</source>
        <translation>das Geschäft hat keinen Capex, den eine Schuld finanzieren könnte</translation>
    </message>
    <message>
        <source>the smallest debt tried must be above 0</source>
        <translation>die kleinste versuchte Schuld muss über 0 liegen</translation>
    </message>
    <message>
        <source>the lower end of the range must be below its upper end</source>
        <translation>das untere Ende des Bereichs muss unter dem oberen liegen</translation>
    </message>
    <message>
        <source>the solver failed (%1)</source>
        <translation>der Löser ist gescheitert (%1)</translation>
    </message>
    <message>
        <source>is too long for a workbook cell (%1 characters, at most %2)</source>
        <translation>ist zu lang für eine Arbeitsmappenzelle (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a field of a deal file</source>
        <translation>ist kein Feld einer Geschäftsdatei</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>Capex row %1</source>
        <translation>Capex-Zeile %1</translation>
    </message>
    <message>
        <source>Offtake row %1</source>
        <translation>Offtake-Zeile %1</translation>
    </message>
    <message>
        <source>Hedges row %1</source>
        <translation>Absicherungen, Zeile %1</translation>
    </message>
    <message>
        <source>Tranche row %1</source>
        <translation>Tranche, Zeile %1</translation>
    </message>
    <message>
        <source>%1 runs to %2, past the model&apos;s last month %3: the months after it are cut off</source>
        <translation>%1 läuft bis %2, über den letzten Monat des Modells %3 hinaus: die Monate danach werden abgeschnitten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>metric of tranche</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: the flows have several IRRs; the one closest to 0 is shown</source>
        <translation>%1: die Zahlungsströme haben mehrere IRR; der 0 am nächsten liegende wird gezeigt</translation>
    </message>
    <message>
        <source>The debt sizing did not converge in %1 rounds; the last round is shown</source>
        <translation>Die Schuldbemessung konvergierte nicht in %1 Runden; die letzte Runde wird gezeigt</translation>
    </message>
    <message>
        <source>Sculpted debt service falls below interest in some months (negative principal)</source>
        <translation>Der skulptierte Schuldendienst liegt in einigen Monaten unter den Zinsen (negative Tilgung)</translation>
    </message>
    <message>
        <source>The waterfall&apos;s accounts do not balance (internal error)</source>
        <translation>Die Konten des Wasserfalls gehen nicht auf (interner Fehler)</translation>
    </message>
    <message>
        <source>moves only the Monte Carlo (offtaker defaults)</source>
        <translation>wirkt nur auf die Monte-Carlo-Simulation (Ausfälle der Abnehmer)</translation>
    </message>
    <message>
        <source>the deal has no credit block: no effect</source>
        <translation>das Geschäft hat keinen Kreditblock: keine Wirkung</translation>
    </message>
    <message>
        <source>the deal has no offtake contracts: no effect</source>
        <translation>das Geschäft hat keine Abnahmeverträge: keine Wirkung</translation>
    </message>
    <message>
        <source>the deal has no capex rows: no effect</source>
        <translation>das Geschäft hat keine Capex-Zeilen: keine Wirkung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: problem</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::BaseCurveModel</name>
    <message>
        <source>curve year</source>
        <translation>Kurvenjahr</translation>
    </message>
    <message>
        <source>Base rate (%)</source>
        <translation>Referenzzins (%)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::CapexModel</name>
    <message>
        <source>capex line</source>
        <translation>Capex-Position</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Spend (period: share)</source>
        <translation>Auszahlung (Periode: Anteil)</translation>
    </message>
    <message>
        <source>Life (months)</source>
        <translation>Nutzungsdauer (Monate)</translation>
    </message>
    <message>
        <source>Residual (%)</source>
        <translation>Restwert (%)</translation>
    </message>
    <message>
        <source>Unit cost (%1)</source>
        <comment>currency</comment>
        <translation>Stückkosten (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <comment>currency</comment>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>New line: set the unit cost</source>
        <translation>Neue Position: Stückkosten eintragen</translation>
    </message>
</context>
<context>
    <name>gds::ui::CellDelegate</name>
    <message>
        <source>%1, row %2: &quot;%3&quot; is not a valid entry; the value was not changed</source>
        <translation>%1, Zeile %2: „%3“ ist keine gültige Eingabe; der Wert wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>gds::ui::ChartsView</name>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Sources &amp;&amp; uses</source>
        <translation>Mittelherkunft &amp;&amp; -verwendung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Debt &amp;&amp; DSCR</source>
        <translation>Kredit &amp;&amp; DSCR</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG or SVG</source>
        <translation>Das sichtbare Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Mittelverwendung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>Bauzeitzinsen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>DSRA-Erstdotierung</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>Senior-Darlehen</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Vertraglich gesichert</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>Hedge-Ausgleichszahlungen</translation>
    </message>
    <message>
        <source>Lock-up %1x</source>
        <translation>Lock-up %1x</translation>
    </message>
    <message>
        <source>Default %1x</source>
        <translation>Default %1x</translation>
    </message>
    <message>
        <source>DSCR (x)</source>
        <translation>DSCR (x)</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>Eigenkapital-Cashflow</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>no such chart</source>
        <translation>Diagramm nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <source>Capex by category (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Capex nach Kategorie (Mio. %1)</translation>
    </message>
    <message>
        <source>Sources and uses (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Mittelherkunft und -verwendung (Mio. %1)</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>axis title: currency symbol, millions</comment>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>Revenue stack by quarter (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Umsatzzusammensetzung je Quartal (Mio. %1)</translation>
    </message>
    <message>
        <source>Equity cash flow and cumulative (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Eigenkapital-Cashflow und kumuliert (Mio. %1)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>CFADS, debt service and DSCR by quarter (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>CFADS, Schuldendienst und DSCR je Quartal (Mio. %1)</translation>
    </message>
    <message>
        <source>CFADS</source>
        <translation>CFADS</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>Schuldendienst</translation>
    </message>
    <message>
        <source>DSCR, lowest month (right)</source>
        <translation>DSCR, schwächster Monat (rechts)</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>Cash-Wasserfall</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
    </message>
    <message>
        <source>This deal has no cash waterfall: each month&apos;s cash after debt service goes to the equity.
Turn the cash waterfall on in the Financing section to see the lock-up, the sweeps and the trapped cash here.</source>
        <translation>Dieser Deal hat keinen Cash-Wasserfall: Die Liquidität jedes Monats nach Schuldendienst geht an das Eigenkapital.
Schalten Sie den Cash-Wasserfall im Abschnitt Finanzierung ein, um hier Lock-up, Sweeps und zurückgehaltene Liquidität zu sehen.</translation>
    </message>
    <message>
        <source>Cash waterfall by month: where CFADS goes (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Cash-Wasserfall je Monat: Verwendung des CFADS (Mio. %1)</translation>
    </message>
    <message>
        <source>Reserve (DSRA)</source>
        <translation>Reserve (DSRA)</translation>
    </message>
    <message>
        <source>Prepaid (cure, sweeps)</source>
        <translation>Vorzeitig getilgt (Heilung, Sweeps)</translation>
    </message>
    <message>
        <source>Held to next test</source>
        <translation>Bis zum nächsten Test gehalten</translation>
    </message>
    <message>
        <source>Trapped (lock-up)</source>
        <translation>Zurückgehalten (Lock-up)</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Ausgeschüttet</translation>
    </message>
    <message>
        <source>Equity support</source>
        <translation>Eigenkapitalnachschuss</translation>
    </message>
    <message>
        <source>Historic DSCR (right)</source>
        <translation>Historischer DSCR (rechts)</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Testtermin</translation>
    </message>
    <message>
        <source>Lock-up %1x (off)</source>
        <translation>Lock-up %1x (aus)</translation>
    </message>
    <message>
        <source>This deal values no collateral.
Turn the collateral on in the Financing section to compare the GPUs&apos; market value with the loan and its maintenance LTV.</source>
        <translation>Dieser Deal bewertet keine Sicherheiten.
Schalten Sie die Sicherheiten im Abschnitt Finanzierung ein, um den Marktwert der GPUs mit dem Kredit und seinem laufenden LTV zu vergleichen.</translation>
    </message>
    <message>
        <source>Collateral value against the loan (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Sicherheitenwert gegenüber dem Kredit (Mio. %1)</translation>
    </message>
    <message>
        <source>Collateral market value</source>
        <translation>Marktwert der Sicherheiten</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>Kreditsaldo</translation>
    </message>
    <message>
        <source>Maximum loan: LTV limit %1 x collateral value</source>
        <translation>Maximaler Kredit: LTV-Grenze %1 x Sicherheitenwert</translation>
    </message>
    <message>
        <source>No maintenance LTV covenant</source>
        <translation>Kein laufender LTV-Covenant</translation>
    </message>
    <message numerus="yes">
        <source>LTV breach on a test date (%n)</source>
        <translation>
            <numerusform>LTV-Verletzung an einem Testtermin (%n)</numerusform>
            <numerusform>LTV-Verletzungen an Testterminen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gds::ui::ClusterMarketEditor</name>
    <message>
        <source>%/yr</source>
        <translation>%/Jahr</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Financial close</source>
        <translation>Financial Close</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauphase</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betriebsphase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Power per GPU</source>
        <translation>Leistung je GPU</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <source>Power escalation</source>
        <translation>Strompreissteigerung</translation>
    </message>
    <message>
        <source>Fixed opex</source>
        <translation>Fixe Opex</translation>
    </message>
    <message>
        <source>Opex escalation</source>
        <translation>Opex-Steigerung</translation>
    </message>
    <message>
        <source>Variable opex</source>
        <translation>Variable Opex</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% vom Umsatz</translation>
    </message>
    <message>
        <source>Spot market</source>
        <translation>Spotmarkt</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Spot price</source>
        <translation>Spotpreis</translation>
    </message>
    <message>
        <source>Annual change</source>
        <translation>Jährliche Veränderung</translation>
    </message>
    <message>
        <source>Merchant utilization</source>
        <translation>Merchant-Auslastung</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Mean reversion</source>
        <translation>Mean Reversion</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/Jahr</translation>
    </message>
    <message>
        <source>%1/kWh</source>
        <comment>currency per kilowatt-hour</comment>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>%1/GPU-month</source>
        <comment>currency per GPU and month</comment>
        <translation>%1/GPU-Monat</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency per GPU-hour</comment>
        <translation>%1/GPU-h</translation>
    </message>
</context>
<context>
    <name>gds::ui::CollateralEditor</name>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
    </message>
    <message>
        <source>Not modelled</source>
        <translation>Nicht modelliert</translation>
    </message>
    <message>
        <source>Pledged equipment, valued monthly</source>
        <translation>Verpfändete Ausrüstung, monatlich bewertet</translation>
    </message>
    <message>
        <source>Value decline</source>
        <translation>Wertverlust</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% p. a.</translation>
    </message>
    <message>
        <source>Value floor</source>
        <translation>Wertuntergrenze</translation>
    </message>
    <message>
        <source>% of cost</source>
        <translation>% der Kosten</translation>
    </message>
    <message>
        <source>Pledge %1</source>
        <translation>%1 verpfänden</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Verpfändet</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>Wertbasis</translation>
    </message>
    <message>
        <source>Cost less the decline</source>
        <translation>Kosten abzüglich Wertverlust</translation>
    </message>
    <message>
        <source>Linked to the spot index</source>
        <translation>An den Spot-Index gekoppelt</translation>
    </message>
    <message>
        <source>Pledged: %1</source>
        <translation>Verpfändet: %1</translation>
    </message>
    <message>
        <source>Capex categories pledged</source>
        <translation>Verpfändete Capex-Kategorien</translation>
    </message>
</context>
<context>
    <name>gds::ui::CompareDialog</name>
    <message>
        <source>Compare structures</source>
        <translation>Strukturen vergleichen</translation>
    </message>
    <message>
        <source>Structures (tick two to six)</source>
        <translation>Strukturen (zwei bis sechs ankreuzen)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>DSCR</translation>
    </message>
    <message>
        <source>Debt balance</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Tick two to six structures; the first ticked is the reference for the changes.</source>
        <translation>Zwei bis sechs Strukturen ankreuzen; die zuerst angekreuzte ist die Referenz für die Veränderungen.</translation>
    </message>
    <message>
        <source>The deal in the editor, with its unsaved edits</source>
        <translation>Der Deal im Editor, mit seinen ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>The deal in the editor has marked fields: fix them first to compare it</source>
        <translation>Der Deal im Editor hat markierte Felder: erst korrigieren, dann vergleichen</translation>
    </message>
    <message>
        <source>%1 (fix the marked fields first)</source>
        <translation>%1 (erst die markierten Felder korrigieren)</translation>
    </message>
    <message>
        <source>%1 – latest (v%2)</source>
        <translation>%1 – aktuell (v%2)</translation>
    </message>
    <message>
        <source>%1 · %2 (v%3)</source>
        <translation>%1 · %2 (v%3)</translation>
    </message>
    <message>
        <source>main line</source>
        <translation>Hauptlinie</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>All versions (%1)</source>
        <translation>Alle Versionen (%1)</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>%1 v%2 · %3</source>
        <translation>%1 v%2 · %3</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>At most %1 structures at a time: untick one first.</source>
        <translation>Höchstens %1 Strukturen gleichzeitig: zuerst eine abwählen.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tick %n more structure(s) to compare (two to six).</source>
        <translation>
            <numerusform>Noch %n Struktur zum Vergleichen ankreuzen (zwei bis sechs).</numerusform>
            <numerusform>Noch %n Strukturen zum Vergleichen ankreuzen (zwei bis sechs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a structure to see what its hedges do.</source>
        <translation>Eine Struktur wählen, um die Wirkung ihrer Absicherungen zu sehen.</translation>
    </message>
    <message>
        <source>DSCR with and without hedges</source>
        <translation>DSCR mit und ohne Absicherung</translation>
    </message>
    <message>
        <source>This structure has no hedges: both columns are the same deal.</source>
        <translation>Diese Struktur hat keine Absicherungen: beide Spalten zeigen denselben Deal.</translation>
    </message>
    <message numerus="yes">
        <source>The same deal recomputed with its %n hedge(s) removed; everything else unchanged. Changes are against the hedged deal.</source>
        <translation>
            <numerusform>Derselbe Deal ohne seine %n Absicherung neu berechnet; alles andere unverändert. Veränderungen gegenüber dem abgesicherten Deal.</numerusform>
            <numerusform>Derselbe Deal ohne seine %n Absicherungen neu berechnet; alles andere unverändert. Veränderungen gegenüber dem abgesicherten Deal.</numerusform>
        </translation>
    </message>
    <message>
        <source>DSCR by month</source>
        <translation>DSCR je Monat</translation>
    </message>
    <message>
        <source>Debt balance by month</source>
        <translation>Restschuld je Monat</translation>
    </message>
    <message>
        <source>DSCR (x)</source>
        <translation>DSCR (x)</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>DSCR (x), axis capped at 5x</source>
        <translation>DSCR (x), Achse bei 5x begrenzt</translation>
    </message>
    <message>
        <source>Tick at least two structures to compare.</source>
        <translation>Mindestens zwei Strukturen zum Vergleichen ankreuzen.</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>Der Vergleich wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, Papierformat A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, Papierformat US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Comparison exported to %1</source>
        <translation>Vergleich exportiert nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%n structures; the first ticked is the reference for the changes.</source>
        <translation>
            <numerusform>%n Struktur; die zuerst angekreuzte ist die Referenz für die Veränderungen.</numerusform>
            <numerusform>%n Strukturen; die zuerst angekreuzte ist die Referenz für die Veränderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>With hedges</source>
        <translation>Mit Hedges</translation>
    </message>
    <message>
        <source>Without hedges</source>
        <translation>Ohne Hedges</translation>
    </message>
    <message>
        <source>Compare structures: %1</source>
        <translation>Strukturen vergleichen: %1</translation>
    </message>
    <message>
        <source>its hedges</source>
        <translation>seine Hedges</translation>
    </message>
    <message>
        <source>its cash waterfall</source>
        <translation>seinen Cash-Wasserfall</translation>
    </message>
    <message>
        <source>What the second column removes from the structure, everything else unchanged</source>
        <translation>Was die zweite Spalte aus der Struktur entfernt; alles andere unverändert</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Struktur:</translation>
    </message>
    <message>
        <source>&amp;Without:</source>
        <translation>&amp;Ohne:</translation>
    </message>
    <message>
        <source>With and without</source>
        <translation>Mit und ohne</translation>
    </message>
    <message>
        <source>DSCR with and without the cash waterfall</source>
        <translation>DSCR mit und ohne Cash-Wasserfall</translation>
    </message>
    <message>
        <source>Pick a structure to see what its cash waterfall does.</source>
        <translation>Wählen Sie eine Struktur, um die Wirkung ihres Cash-Wasserfalls zu sehen.</translation>
    </message>
    <message>
        <source>With the waterfall</source>
        <translation>Mit Wasserfall</translation>
    </message>
    <message>
        <source>Without the waterfall</source>
        <translation>Ohne Wasserfall</translation>
    </message>
    <message>
        <source>This structure has no cash waterfall: both columns are the same deal.</source>
        <translation>Diese Struktur hat keinen Cash-Wasserfall: beide Spalten sind dasselbe Projekt.</translation>
    </message>
    <message>
        <source>The same deal recomputed without its cash waterfall (no accounts, tests, lock-up, cure or sweeps); everything else unchanged.</source>
        <translation>Dasselbe Projekt ohne seinen Cash-Wasserfall neu gerechnet (keine Konten, Tests, Lock-up, Heilung oder Sweeps); alles andere unverändert.</translation>
    </message>
</context>
<context>
    <name>gds::ui::CompareModel</name>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>%1 kann nicht berechnet werden: %2</translation>
    </message>
    <message>
        <source>%1
The reference: other columns show their change against it</source>
        <translation>%1
Die Referenz: die anderen Spalten zeigen ihre Veränderung dagegen</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Neutral: no best marked</source>
        <translation>Neutral: kein Bestwert markiert</translation>
    </message>
    <message>
        <source>%1
(not computable)</source>
        <translation>%1
(nicht berechenbar)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <comment>a delta against the first structure</comment>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Best of the compared structures</source>
        <translation>Bester Wert der verglichenen Strukturen</translation>
    </message>
    <message>
        <source>Tranche %1: lender yield</source>
        <translation>Tranche %1: Rendite der Kreditgeber</translation>
    </message>
    <message>
        <source>Tranche %1: amount</source>
        <translation>Tranche %1: Betrag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>gds::ui::ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>A team workspace is a deal book on a PostgreSQL server that your team shares. Paste the connection string you were given, or fill in the fields.</source>
        <translation>Ein Team-Arbeitsbereich ist ein Deal-Buch auf einem PostgreSQL-Server, das Ihr Team gemeinsam nutzt. Fügen Sie die Verbindungszeichenfolge ein, die Sie erhalten haben, oder füllen Sie die Felder aus.</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Host oder Socket-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: use it over a network</source>
        <translation>verify-full prüft Zertifikat und Namen des Servers: über ein Netzwerk verwenden</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a settings file.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No system keyring is reachable: the password is not stored anywhere and will be asked each time you connect.</source>
        <translation>Kein Schlüsselbund des Systems erreichbar: Das Passwort wird nirgends gespeichert und bei jeder Verbindung erfragt.</translation>
    </message>
</context>
<context>
    <name>gds::ui::CreditEditor</name>
    <message>
        <source>Offtaker credit (Monte Carlo)</source>
        <translation>Bonität der Offtaker (Monte Carlo)</translation>
    </message>
    <message>
        <source>Offtaker defaults</source>
        <translation>Offtaker-Ausfälle</translation>
    </message>
    <message>
        <source>Not modelled</source>
        <translation>Nicht modelliert</translation>
    </message>
    <message>
        <source>Modelled (one-factor Gaussian copula)</source>
        <translation>Modelliert (Ein-Faktor-Gauß-Copula)</translation>
    </message>
    <message>
        <source>Default probability %1</source>
        <translation>Ausfallwahrscheinlichkeit %1</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% p. a.</translation>
    </message>
    <message>
        <source>Annual default probability of a %1-rated offtaker; the format&apos;s default is %2 % (S&amp;P long-run one-year rate, floored at 0.03 %)</source>
        <translation>Jährliche Ausfallwahrscheinlichkeit eines Offtakers mit Rating %1; der Standardwert des Formats ist %2 % (langfristige Einjahresrate von S&amp;P, mindestens 0,03 %)</translation>
    </message>
    <message>
        <source>%1 (default %2 %)</source>
        <translation>%1 (Standard %2 %)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Remarketing</source>
        <translation>Wiedervermarktung</translation>
    </message>
    <message>
        <source>months idle</source>
        <translation>Monate Leerstand</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erlösquote</translation>
    </message>
    <message>
        <source>% of the lost contract value</source>
        <translation>% des verlorenen Vertragswerts</translation>
    </message>
</context>
<context>
    <name>gds::ui::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV for spreadsheets, %1 format (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen, Format %1 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for machines, locale-independent (*.csv)</source>
        <translation>CSV für Maschinen, gebietsschemaunabhängig (*.csv)</translation>
    </message>
</context>
<context>
    <name>gds::ui::DealEditor</name>
    <message>
        <source>Cluster &amp;&amp; market</source>
        <translation>Cluster &amp;&amp; Markt</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>Offtake</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Absicherungen</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Spend: model period and share of the line&apos;s cost, e.g. &quot;0: 30 %; 2: 70 %&quot; (period 0 is financial close).</source>
        <translation>Auszahlung: Modellperiode und Anteil an den Kosten der Position, z. B. „0: 30 %; 2: 70 %“ (Periode 0 ist das Financial Close).</translation>
    </message>
    <message>
        <source>Take-or-pay contracts; start is a model period (the first operating period is construction months + 1).</source>
        <translation>Take-or-pay-Verträge; Beginn ist eine Modellperiode (die erste Betriebsperiode ist Baumonate + 1).</translation>
    </message>
    <message>
        <source>The operator receives the strike and pays the index. A futures contract is about one GPU for one month (730 GPU-hours).</source>
        <translation>Der Betreiber erhält den Strike und zahlt den Index. Ein Futures-Kontrakt entspricht etwa einer GPU für einen Monat (730 GPU-Stunden).</translation>
    </message>
    <message>
        <source>This section has problems; hover the marked fields</source>
        <translation>Dieser Abschnitt enthält Fehler; Maus über die markierten Felder bewegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <comment>section, row: problem</comment>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <comment>section, row, field: problem</comment>
        <translation>%1 Zeile %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>section, field: problem</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>field, entry inside it</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::DealTableModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Computed, read-only</source>
        <translation>Berechnet, schreibgeschützt</translation>
    </message>
    <message>
        <source>Edit %1 %2: %3</source>
        <translation>%1 %2 bearbeiten: %3</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <translation>%1 %2 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>%1 %2 verschieben</translation>
    </message>
    <message>
        <source>nothing to paste</source>
        <translation>nichts zum Einfügen</translation>
    </message>
    <message>
        <source>row %1, %2: cannot read &quot;%3&quot;</source>
        <translation>Zeile %1, %2: „%3“ ist nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::FinancingEditor</name>
    <message>
        <source>Debt sizing and repayment</source>
        <translation>Kreditbemessung und Tilgung</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Kreditlinie</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Bemessung</translation>
    </message>
    <message>
        <source>Target DSCR, capped by LTV</source>
        <translation>Ziel-DSCR, begrenzt durch LTV</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>Target DSCR</source>
        <translation>Ziel-DSCR</translation>
    </message>
    <message>
        <source>Max LTV</source>
        <translation>Max. LTV</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Tilgungsprofil</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <source>Rate type</source>
        <translation>Zinsart</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>Festzins</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Referenzzins</translation>
    </message>
    <message>
        <source>Base rate kind</source>
        <translation>Art des Referenzzinses</translation>
    </message>
    <message>
        <source>Flat base rate</source>
        <translation>Konstanter Referenzzins</translation>
    </message>
    <message>
        <source>Base-rate curve (one rate a year)</source>
        <translation>Referenzzinskurve (ein Satz je Jahr)</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Referenzzins</translation>
    </message>
    <message>
        <source>Base curve</source>
        <translation>Referenzkurve</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin kind</source>
        <translation>Art der Marge</translation>
    </message>
    <message>
        <source>Flat margin</source>
        <translation>Konstante Marge</translation>
    </message>
    <message>
        <source>Margin grid by coverage</source>
        <translation>Margengitter nach Abdeckung</translation>
    </message>
    <message>
        <source>Margin grid</source>
        <translation>Margengitter</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>Zinstagekonvention</translation>
    </message>
    <message>
        <source>Fees, reserve and covenants</source>
        <translation>Gebühren, Reserve und Covenants</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>Upfront-Fee</translation>
    </message>
    <message>
        <source>% of debt</source>
        <translation>% des Kredits</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Bereitstellungsprovision</translation>
    </message>
    <message>
        <source>% p.a. on undrawn</source>
        <translation>% p. a. auf nicht gezogene Beträge</translation>
    </message>
    <message>
        <source>DSRA</source>
        <translation>DSRA</translation>
    </message>
    <message>
        <source>months of DS</source>
        <translation>Monate Schuldendienst</translation>
    </message>
    <message>
        <source>Lock-up DSCR</source>
        <translation>Lock-up-DSCR</translation>
    </message>
    <message>
        <source>Default DSCR</source>
        <translation>Default-DSCR</translation>
    </message>
    <message>
        <source>Equity and tax</source>
        <translation>Eigenkapital und Steuern</translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation>Eigenkapitalkosten</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>One rate for the facility</source>
        <translation>Ein Zinssatz für die Kreditlinie</translation>
    </message>
    <message>
        <source>Tranches, each with its rate</source>
        <translation>Tranchen mit je eigenem Zinssatz</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tranchen</translation>
    </message>
    <message>
        <source>Margin by offtaker rating</source>
        <translation>Marge nach Offtaker-Rating</translation>
    </message>
    <message>
        <source>Margin by rating</source>
        <translation>Marge nach Rating</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Steuerliche Abschreibung</translation>
    </message>
    <message>
        <source>Straight line over the useful life</source>
        <translation>Linear über die Nutzungsdauer</translation>
    </message>
    <message>
        <source>MACRS 5-year (US)</source>
        <translation>MACRS 5 Jahre (USA)</translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation>Sonderabschreibung</translation>
    </message>
    <message>
        <source>% in year 1</source>
        <translation>% im 1. Jahr</translation>
    </message>
    <message>
        <source>NOL limit</source>
        <translation>Verlustvortragsgrenze</translation>
    </message>
    <message>
        <source>% of taxable income</source>
        <translation>% des zu versteuernden Einkommens</translation>
    </message>
    <message>
        <source>Selected tranche</source>
        <translation>Gewählte Tranche</translation>
    </message>
    <message>
        <source>%1: its base and margin grid below (select a row above to edit another tranche)</source>
        <translation>%1: Referenzzins und Margengitter darunter (eine Zeile oben wählen, um eine andere Tranche zu bearbeiten)</translation>
    </message>
</context>
<context>
    <name>gds::ui::FormBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 takes a number: &quot;%2&quot; cannot be part of it</source>
        <translation>%1 erwartet eine Zahl: „%2“ kann nicht Teil davon sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::GoalSeekPanel</name>
    <message>
        <source>Min DSCR</source>
        <translation>Min. DSCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>Eigenkapital-IRR</translation>
    </message>
    <message>
        <source>P90 min DSCR (Monte Carlo)</source>
        <translation>P90 Min. DSCR (Monte Carlo)</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>Vertragspreis</translation>
    </message>
    <message>
        <source>Hedge strike</source>
        <translation>Hedge-Strike</translation>
    </message>
    <message>
        <source>Debt amount (largest)</source>
        <translation>Kreditbetrag (maximal)</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Keep the debt amount</source>
        <translation>Kreditbetrag beibehalten</translation>
    </message>
    <message>
        <source>Keep the base case&apos;s debt while the price or strike moves; otherwise a DSCR-sized loan resizes and its min DSCR stays near the sizing target</source>
        <translation>Den Kredit des Basisfalls beibehalten, während sich Preis oder Strike ändern; sonst wird ein nach DSCR bemessener Kredit neu bemessen und sein Min. DSCR bleibt nahe am Bemessungsziel</translation>
    </message>
    <message>
        <source>Paths / seed</source>
        <translation>Pfade / Seed</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Apply to deal</source>
        <translation>In den Deal übernehmen</translation>
    </message>
    <message>
        <source>Put the solved value into the deal (one undo step)</source>
        <translation>Den gelösten Wert in den Deal übernehmen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>Lösen nach</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Solved value</source>
        <translation>Gelöster Wert</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Deal as it is</source>
        <translation>Deal im aktuellen Stand</translation>
    </message>
    <message>
        <source>Binding constraint</source>
        <translation>Bindende Restriktion</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>All contracts (one scale)</source>
        <translation>Alle Verträge (ein Faktor)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>#%1 %2, strike %3</source>
        <translation>#%1 %2, Strike %3</translation>
    </message>
    <message>
        <source>(the deal has no hedges)</source>
        <translation>(der Deal hat keine Absicherungen)</translation>
    </message>
    <message>
        <source>the target min DSCR</source>
        <translation>den Ziel-Min.-DSCR</translation>
    </message>
    <message>
        <source>the target equity IRR</source>
        <translation>die Ziel-Eigenkapital-IRR</translation>
    </message>
    <message>
        <source>the target P90 min DSCR</source>
        <translation>den Ziel-P90-Min.-DSCR</translation>
    </message>
    <message>
        <source>the capex limit (the debt cannot exceed the capex it funds)</source>
        <translation>die Capex-Grenze (der Kredit kann das finanzierte Capex nicht übersteigen)</translation>
    </message>
    <message>
        <source>the LTV cap</source>
        <translation>die LTV-Obergrenze</translation>
    </message>
    <message>
        <source>× %1 on the contract price</source>
        <translation>× %1 auf den Vertragspreis</translation>
    </message>
    <message>
        <source>strike %1/GPU-h</source>
        <translation>Strike %1/GPU-h</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>Kredit %1</translation>
    </message>
    <message>
        <source>The deal is not valid, nothing was solved: %1</source>
        <translation>Der Deal ist ungültig, es wurde nichts gelöst: %1</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Löse…</translation>
    </message>
    <message>
        <source>Cannot solve: %1</source>
        <translation>Nicht lösbar: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Goal seek: %1</source>
        <translation>Zielwertsuche: %1</translation>
    </message>
    <message>
        <source>× %1 on the contract price = %2/GPU-h</source>
        <translation>× %1 auf den Vertragspreis = %2/GPU-h</translation>
    </message>
    <message>
        <source>P(default) at most (Monte Carlo)</source>
        <translation>P(Default) höchstens (Monte Carlo)</translation>
    </message>
    <message>
        <source>the target P(default)</source>
        <translation>die Ziel-P(Default)</translation>
    </message>
    <message>
        <source>The answer is rounded to this step (the index quotes prices to 0.0001 per GPU-hour); the metric shown is the one at the rounded value</source>
        <translation>Das Ergebnis wird auf diese Schrittweite gerundet (der Index notiert Preise auf 0,0001 je GPU-Stunde); die angezeigte Kennzahl gilt für den gerundeten Wert</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Runden auf</translation>
    </message>
    <message>
        <source>contract price</source>
        <translation>Vertragspreis</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>Strike</translation>
    </message>
    <message>
        <source>debt amount</source>
        <translation>Kreditbetrag</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of values</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 per GPU-hour</source>
        <translation>%1 je GPU-Stunde</translation>
    </message>
    <message>
        <source>Fixed amount %1</source>
        <translation>Fester Betrag %1</translation>
    </message>
    <message>
        <source>Target DSCR %1, capped by LTV %2</source>
        <translation>Ziel-DSCR %1, begrenzt durch LTV %2</translation>
    </message>
    <message>
        <source>%1 at the rounded value (target %2)</source>
        <translation>%1 beim gerundeten Wert (Ziel %2)</translation>
    </message>
    <message>
        <source>Rounded to the %1 tick from the solver&apos;s %2; searched %3.</source>
        <translation>Auf die Schrittweite %1 gerundet, ausgehend vom Solver-Wert %2; gesucht in %3.</translation>
    </message>
    <message>
        <source>At the rounded value the target is missed by a hair.</source>
        <translation>Beim gerundeten Wert wird das Ziel knapp verfehlt.</translation>
    </message>
    <message>
        <source>Met at every %1 in the range: not binding</source>
        <translation>Bei jedem %1 im Bereich erfüllt: nicht bindend</translation>
    </message>
    <message>
        <source>at least %1 over the range (target %2)</source>
        <translation>mindestens %1 im gesamten Bereich (Ziel %2)</translation>
    </message>
    <message>
        <source>The %1 is at least %2 at every %3 from %4; the target %5 does not bind.</source>
        <translation>%1 beträgt bei jedem %3 von %4 mindestens %2; das Ziel %5 ist nicht bindend.</translation>
    </message>
    <message>
        <source>Not reached at any %1 in the range</source>
        <translation>Bei keinem %1 im Bereich erreicht</translation>
    </message>
    <message>
        <source>at most %1, at %2 (target %3)</source>
        <translation>höchstens %1, bei %2 (Ziel %3)</translation>
    </message>
    <message>
        <source>The %1 stays below the target %2 at every %3 from %4.</source>
        <translation>%1 bleibt bei jedem %3 von %4 unter dem Ziel %2.</translation>
    </message>
    <message>
        <source>The loan is resized at its target DSCR as the input moves; tick &quot;Keep the debt amount&quot; to hold it.</source>
        <translation>Der Kredit wird beim Ändern der Eingabe auf seinen Ziel-DSCR neu bemessen; „Kreditbetrag beibehalten“ anhaken, um ihn festzuhalten.</translation>
    </message>
    <message>
        <source>none: the target holds across the range</source>
        <translation>keine: Das Ziel gilt im gesamten Bereich</translation>
    </message>
    <message>
        <source>%1 solver iterations, %2 recomputes</source>
        <translation>%1 Solver-Iterationen, %2 Neuberechnungen</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency and price per GPU-hour</comment>
        <translation>%1/GPU-h</translation>
    </message>
    <message>
        <source>Offtake row %1, price %2 (was %3)</source>
        <translation>Offtake Zeile %1, Preis %2 (bisher %3)</translation>
    </message>
    <message>
        <source>Hedge %1, strike %2 (was %3)</source>
        <translation>Absicherung %1, Strike %2 (bisher %3)</translation>
    </message>
    <message>
        <source>Financing, sizing: %1 (was %2)</source>
        <translation>Finanzierung, Bemessung: %1 (bisher %2)</translation>
    </message>
    <message>
        <source>Apply the goal seek</source>
        <translation>Zielwertsuche übernehmen</translation>
    </message>
    <message>
        <source>The answer was solved with the debt held at the base case&apos;s amount. Applied as solved it also changes the sizing:
%1</source>
        <translation>Das Ergebnis wurde mit dem Kreditbetrag des Basisfalls ermittelt. So übernommen ändert es auch die Bemessung:
%1</translation>
    </message>
    <message>
        <source>Change only the %1 and the loan is sized as before (on its target DSCR), so its metrics differ from the answer.</source>
        <translation>Wird nur %1 geändert, wird der Kredit wie bisher (auf seinen Ziel-DSCR) bemessen; seine Kennzahlen weichen dann vom Ergebnis ab.</translation>
    </message>
    <message>
        <source>Apply with the fixed debt</source>
        <translation>Mit festem Kreditbetrag übernehmen</translation>
    </message>
    <message>
        <source>Change only the %1</source>
        <translation>Nur %1 ändern</translation>
    </message>
    <message>
        <source>Applied to the deal: %1</source>
        <translation>In den Deal übernommen: %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::HedgeModel</name>
    <message>
        <source>hedge</source>
        <translation>Absicherung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start (period)</source>
        <translation>Beginn (Periode)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Monthly futures equiv. (contracts/month × months)</source>
        <translation>Futures-Äquivalent je Monat (Kontrakte/Monat × Monate)</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Strike (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>Strike (%1/GPU-h)</translation>
    </message>
    <message>
        <source>Premium (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>Prämie (%1/GPU-h)</translation>
    </message>
    <message>
        <source>Initial margin (%1/GPU)</source>
        <comment>currency</comment>
        <translation>Initial Margin (%1/GPU)</translation>
    </message>
    <message>
        <source>Fee (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>Gebühr (%1/GPU-h)</translation>
    </message>
</context>
<context>
    <name>gds::ui::MainWindow</name>
    <message>
        <source>GPU Deal Studio</source>
        <translation>GPU Deal Studio</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Deal öffnen</translation>
    </message>
    <message>
        <source>Open version</source>
        <translation>Version öffnen</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Period table</source>
        <translation>Periodentabelle</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n Fehler</numerusform>
            <numerusform>⚠ %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Hauptlinie</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Open deal file</source>
        <translation>Deal-Datei öffnen</translation>
    </message>
    <message>
        <source>%1 was not loaded:
%2</source>
        <translation>%1 wurde nicht geladen:
%2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Export deal</source>
        <translation>Deal exportieren</translation>
    </message>
    <message>
        <source>Deal exported to %1</source>
        <translation>Deal exportiert nach %1</translation>
    </message>
    <message>
        <source>not saved in a workspace</source>
        <translation>nicht in einem Arbeitsbereich gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: the deal has %n marked field(s). Fix the marked fields first.</source>
        <translation>
            <numerusform>Nichts exportiert: der Deal hat %n markiertes Feld. Zuerst die markierten Felder korrigieren.</numerusform>
            <numerusform>Nichts exportiert: der Deal hat %n markierte Felder. Zuerst die markierten Felder korrigieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the deal cannot be computed yet.</source>
        <translation>Nichts exportiert: der Deal kann noch nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Export term sheet</source>
        <translation>Term Sheet exportieren</translation>
    </message>
    <message>
        <source>The term sheet was not exported: %1</source>
        <translation>Das Term Sheet wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Term sheet exported to %1</source>
        <translation>Term Sheet exportiert nach %1</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <source>The workbook was not exported: %1</source>
        <translation>Die Arbeitsmappe wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Model exported to %1</source>
        <translation>Modell exportiert nach %1</translation>
    </message>
    <message>
        <source>Export period table</source>
        <translation>Periodentabelle exportieren</translation>
    </message>
    <message>
        <source>The period table was not exported: %1</source>
        <translation>Die Periodentabelle wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Period table exported to %1</source>
        <translation>Periodentabelle exportiert nach %1</translation>
    </message>
    <message>
        <source>%1 · in the editor (%2)</source>
        <translation>%1 · im Editor (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Neuer Deal…</translation>
    </message>
    <message>
        <source>&amp;Open deal file…</source>
        <translation>Deal-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import deal file into workspace…</source>
        <translation>Deal-Datei in Arbeitsbereich &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Deal as &amp;JSON…</source>
        <translation>Deal als &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Term sheet (PDF)…</source>
        <translation>&amp;Term Sheet (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Model (XLSX)…</source>
        <translation>&amp;Modell (XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Period table (CSV)…</source>
        <translation>&amp;Periodentabelle (CSV)…</translation>
    </message>
    <message>
        <source>Visible c&amp;hart as PNG/SVG…</source>
        <translation>Sichtbares &amp;Diagramm als PNG/SVG…</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>Version &amp;speichern…</translation>
    </message>
    <message>
        <source>New scenario from current deal…</source>
        <translation>Neues Szenario aus aktuellem Deal…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>New wor&amp;kspace…</source>
        <translation>Neuer Ar&amp;beitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate row</source>
        <translation>Zeile d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Move row u&amp;p</source>
        <translation>Zeile nach &amp;oben</translation>
    </message>
    <message>
        <source>Move row do&amp;wn</source>
        <translation>Zeile nach &amp;unten</translation>
    </message>
    <message>
        <source>Rows: go to the Capex, Offtake or Hedges tab first</source>
        <translation>Zeilen: zuerst zum Reiter Capex, Offtake oder Absicherungen wechseln</translation>
    </message>
    <message>
        <source>Copy cells (Ctrl+C) and paste rows from a spreadsheet (Ctrl+V) in any table</source>
        <translation>In jeder Tabelle Zellen kopieren (Strg+C) und Zeilen aus einer Tabellenkalkulation einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Cluster &amp;&amp; market</source>
        <translation>Cluster &amp;&amp; Markt</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>Offtake</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Absicherungen</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Period table</source>
        <translation>&amp;Periodentabelle</translation>
    </message>
    <message>
        <source>Period table &amp;by</source>
        <translation>Periodentabelle &amp;nach</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Monaten</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>&amp;Quartalen</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Jahren</translation>
    </message>
    <message>
        <source>C&amp;ompare structures…</source>
        <translation>Strukturen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Workspace browser</source>
        <translation>Arbeits&amp;bereich-Browser</translation>
    </message>
    <message>
        <source>&amp;Find deal</source>
        <translation>Deal &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Metrics panel</source>
        <translation>&amp;Kennzahlenbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About GPU Deal Studio</source>
        <translation>&amp;Über GPU Deal Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> Szenario </translation>
    </message>
    <message>
        <source>Switch between the main line and the scenarios of this deal</source>
        <translation>Zwischen der Hauptlinie und den Szenarien dieses Deals wechseln</translation>
    </message>
    <message>
        <source>Switch scenario</source>
        <translation>Szenario wechseln</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Name of the deal:</source>
        <translation>Name des Deals:</translation>
    </message>
    <message>
        <source>New GPU cluster deal</source>
        <translation>Neuer GPU-Cluster-Deal</translation>
    </message>
    <message>
        <source>Note for this version (what changed):</source>
        <translation>Notiz zu dieser Version (was sich geändert hat):</translation>
    </message>
    <message>
        <source>Scenario name (e.g. &quot;hedged&quot;, &quot;48-month tenor&quot;):</source>
        <translation>Name des Szenarios (z. B. „abgesichert“, „48 Monate Laufzeit“):</translation>
    </message>
    <message>
        <source>Import deal file</source>
        <translation>Deal-Datei importieren</translation>
    </message>
    <message>
        <source>Deal files (*.json *.gpudeal);;All files (*)</source>
        <translation>Deal-Dateien (*.json *.gpudeal);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 imported into the workspace</source>
        <translation>%1 in den Arbeitsbereich importiert</translation>
    </message>
    <message>
        <source>Deal files (*.json)</source>
        <translation>Deal-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, Papierformat A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, Papierformat US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite)</source>
        <translation>Arbeitsbereiche (*.sqlite *.gpudeal.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)</source>
        <translation>Arbeitsbereiche (*.sqlite *.gpudeal.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existiert bereits; bitte einen neuen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>About GPU Deal Studio</source>
        <translation>Über GPU Deal Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GPU Deal Studio %1&lt;/h3&gt;&lt;p&gt;Build a GPU cluster financing deal – capex, offtake contracts, hedges on the GPU-hour index, senior debt – and see live what each contract and hedge does to debt capacity, cost of capital and downside risk.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPU Deal Studio %1&lt;/h3&gt;&lt;p&gt;Strukturieren Sie die Finanzierung eines GPU-Clusters – Capex, Offtake-Verträge, Absicherungen auf den GPU-Stunden-Index, Senior-Darlehen – und sehen Sie live, was jeder Vertrag und jede Absicherung für Verschuldungskapazität, Kapitalkosten und Downside-Risiko bewirkt.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;In tables: type or F2 to edit, Enter to accept, Esc to cancel, Tab to move; Ctrl+C copies cells, Ctrl+V pastes rows copied from a spreadsheet.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;In Tabellen: Tippen oder F2 zum Bearbeiten, Eingabe zum Übernehmen, Esc zum Abbrechen, Tab zum Weiterspringen; Strg+C kopiert Zellen, Strg+V fügt aus einer Tabellenkalkulation kopierte Zeilen ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>%1

The deal editor works, but versions and autosave are off.</source>
        <translation>%1

Der Deal-Editor funktioniert, aber Versionen und automatisches Speichern sind aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Deal Studio – %1</source>
        <translation>GPU Deal Studio – %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>window title of a deal with unsaved edits</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 · unsaved edits (autosaved)</source>
        <comment>version, e.g. v3 · main line</comment>
        <translation>%1 · ungespeicherte Änderungen (automatisch gesichert)</translation>
    </message>
    <message>
        <source>%1 + unsaved edits</source>
        <comment>version, e.g. v3 · main line</comment>
        <translation>%1 + ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The problems that keep the deal from computing; pick one to go to its field</source>
        <translation>Die Probleme, die die Berechnung des Deals verhindern; eines wählen, um zu seinem Feld zu springen</translation>
    </message>
    <message>
        <source>The workspace %1 holds no deal.</source>
        <translation>Der Arbeitsbereich %1 enthält keinen Deal.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Analysis in the whole window</source>
        <translation>&amp;Analyse im ganzen Fenster</translation>
    </message>
    <message>
        <source>&amp;H100 cluster, one senior loan</source>
        <translation>&amp;H100-Cluster, ein Senior-Darlehen</translation>
    </message>
    <message>
        <source>&amp;B200 cluster, notes and DDTL with a cash waterfall (version 2)</source>
        <translation>&amp;B200-Cluster, Notes und DDTL mit Cash-Wasserfall (Version 2)</translation>
    </message>
    <message>
        <source>Sample deal</source>
        <translation>Beispiel-Deal</translation>
    </message>
    <message>
        <source>New from sample</source>
        <translation>Neu aus Beispiel</translation>
    </message>
    <message>
        <source>New from samp&amp;le</source>
        <translation>Neu aus Beis&amp;piel</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read-only: you can open, compute and export; saving is not allowed for your role</source>
        <translation>Nur lesen: Sie können öffnen, berechnen und exportieren; Speichern ist für Ihre Rolle nicht erlaubt</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>window title, then the team workspace</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>A newer version (v%1) of this deal was saved.</source>
        <translation>Eine neuere Version (v%1) dieses Deals wurde gespeichert.</translation>
    </message>
    <message>
        <source>A newer version (v%1) of this deal was saved by %2 at %3.</source>
        <translation>Eine neuere Version (v%1) dieses Deals wurde von %2 am %3 gespeichert.</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>&amp;Recent team workspaces</source>
        <translation>&amp;Zuletzt verwendete Team-Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>The password was not stored (%1): it will be asked next time.</source>
        <translation>Das Passwort wurde nicht gespeichert (%1): Es wird beim nächsten Mal erfragt.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Der Server verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Der Server hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Open lo&amp;cal workspace</source>
        <translation>&amp;Lokalen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Retr&amp;y connection now</source>
        <translation>&amp;Verbindung jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: no password was given.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened; the local workspace is open instead.</source>
        <translation>Der Team-Arbeitsbereich %1 konnte nicht geöffnet werden; stattdessen ist der lokale Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>To connect again: File &gt; Recent team workspaces.</source>
        <translation>Erneut verbinden: Datei &gt; Zuletzt verwendete Team-Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened; the local workspace is open instead.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden; stattdessen ist der lokale Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Edit &gt; Preferences names the default workspace.</source>
        <translation>Den Standard-Arbeitsbereich legen Sie unter Bearbeiten &gt; Einstellungen fest.</translation>
    </message>
    <message>
        <source>File &gt; Open workspace opens another.</source>
        <translation>Datei &gt; Arbeitsbereich öffnen öffnet einen anderen.</translation>
    </message>
    <message>
        <source>Nothing in the local workspace has changed.</source>
        <translation>Im lokalen Arbeitsbereich hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>gds::ui::MarginByRatingModel</name>
    <message>
        <source>This rate does not use a margin by rating</source>
        <translation>Dieser Zinssatz hat keine Marge nach Rating</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Gehedgt</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>Marge (%)</translation>
    </message>
    <message>
        <source>Edit margin for %1</source>
        <translation>Marge für %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>gds::ui::MarginGridModel</name>
    <message>
        <source>grid step</source>
        <translation>Gitterstufe</translation>
    </message>
    <message>
        <source>Coverage from (%)</source>
        <translation>Abdeckung ab (%)</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>Marge (%)</translation>
    </message>
</context>
<context>
    <name>gds::ui::MetricsPanel</name>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Δ saved</source>
        <translation>Δ gespeichert</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Mittelherkunft und -verwendung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Δ against %1</source>
        <translation>Δ gegenüber %1</translation>
    </message>
    <message>
        <source>Δ: no saved version yet</source>
        <translation>Δ: noch keine gespeicherte Version</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <source>&lt;b&gt;STALE&lt;/b&gt; – last valid results shown. %1</source>
        <translation>&lt;b&gt;VERALTET&lt;/b&gt; – letzte gültige Ergebnisse angezeigt. %1</translation>
    </message>
    <message>
        <source>Live: every accepted edit recomputes the deal</source>
        <translation>Live: jede übernommene Änderung berechnet den Deal neu</translation>
    </message>
    <message>
        <source>Covenants: lock-up %1x, default %2x</source>
        <translation>Covenants: Lock-up %1x, Default %2x</translation>
    </message>
    <message>
        <source>Levelized cost of compute per sellable GPU-hour, against the contract prices %1</source>
        <translation>Gestehungskosten der Rechenleistung je verkaufbarer GPU-Stunde, im Vergleich zu den Vertragspreisen %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Uses: capex</source>
        <translation>Verwendung: Capex</translation>
    </message>
    <message>
        <source>Uses: capitalized interest</source>
        <translation>Verwendung: Bauzeitzinsen</translation>
    </message>
    <message>
        <source>Uses: fees</source>
        <translation>Verwendung: Gebühren</translation>
    </message>
    <message>
        <source>Uses: initial DSRA</source>
        <translation>Verwendung: DSRA-Erstdotierung</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Mittelverwendung gesamt</translation>
    </message>
    <message>
        <source>Sources: senior debt</source>
        <translation>Herkunft: Senior-Darlehen</translation>
    </message>
    <message>
        <source>Sources: equity</source>
        <translation>Herkunft: Eigenkapital</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Mittelherkunft gesamt</translation>
    </message>
    <message>
        <source>Debt share of sources</source>
        <translation>Kreditanteil an der Mittelherkunft</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <comment>margin (step of the margin grid)</comment>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>%1 (cov. %2x)</source>
        <comment>metric (lock-up covenant)</comment>
        <translation>%1 (Cov. %2x)</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>LCOC vs the contract prices</comment>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Monte Carlo estimates (engine.md 8) recomputed in the background after every accepted edit, on a fixed seed, with their standard errors; the full run is in the Risk view</source>
        <translation>Monte-Carlo-Schätzungen (engine.md 8), nach jeder übernommenen Änderung im Hintergrund mit festem Seed neu berechnet, mit ihren Standardfehlern; der vollständige Lauf ist in der Risikoansicht</translation>
    </message>
    <message>
        <source>Downside estimate: computing…</source>
        <translation>Abwärtsrisiko-Schätzung: wird berechnet…</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>Downside estimate (%n paths, fixed seed): P90 min DSCR ≈ %1, P(default) ≈ %2%3</source>
        <translation>
            <numerusform>Abwärtsrisiko-Schätzung (%n Pfad, fester Seed): Min. DSCR P90 ≈ %1, P(Default) ≈ %2%3</numerusform>
            <numerusform>Abwärtsrisiko-Schätzung (%n Pfade, fester Seed): Min. DSCR P90 ≈ %1, P(Default) ≈ %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (updating…)</source>
        <translation> (wird aktualisiert…)</translation>
    </message>
    <message>
        <source>above the whole range</source>
        <translation>über den ganzen Bereich</translation>
    </message>
    <message>
        <source>The min DSCR stays above 1.00x even with the spot price curve at zero: every fall tested (up to 100 %) is covered</source>
        <translation>Der Mindest-DSCR bleibt selbst bei einer Spotpreiskurve von null über 1,00x: Jeder getestete Rückgang (bis 100 %) ist gedeckt</translation>
    </message>
    <message>
        <source>%1%2 m</source>
        <comment>currency symbol, amount in millions</comment>
        <translation>%1%2 Mio.</translation>
    </message>
    <message>
        <source>not within the model</source>
        <translation>nicht innerhalb des Modells</translation>
    </message>
    <message>
        <source>%1 (cov. %2)</source>
        <comment>metric (maintenance LTV covenant)</comment>
        <translation>%1 (Cov. %2)</translation>
    </message>
    <message>
        <source>Tranche %1 (%2)</source>
        <comment>tranche name (share)</comment>
        <translation>Tranche %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>tranche amount at its lender yield</comment>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>Amount and lender all-in yield of the tranche</source>
        <translation>Betrag und All-in-Rendite der Kreditgeber der Tranche</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Open the newest version; your unsaved edits are kept on top of it (undo drops them)</source>
        <translation>Die neueste Version öffnen; Ihre ungespeicherten Änderungen bleiben darüber erhalten (Rückgängig verwirft sie)</translation>
    </message>
</context>
<context>
    <name>gds::ui::MonteCarloPanel</name>
    <message>
        <source>Number of simulated paths of the spot index (each run)</source>
        <translation>Anzahl simulierter Pfade des Spot-Index (je Lauf)</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers; both runs use the same random numbers</source>
        <translation>Derselbe Seed ergibt dieselben Zahlen; beide Läufe verwenden dieselben Zufallszahlen</translation>
    </message>
    <message>
        <source>Same debt without hedges</source>
        <translation>Gleicher Kredit ohne Absicherung</translation>
    </message>
    <message>
        <source>The run without hedges keeps the hedged deal&apos;s debt amount and schedule basis, so both runs face the same loan; unchecked, the loan is resized without the hedges</source>
        <translation>Der Lauf ohne Absicherung behält Kreditbetrag und Tilgungsbasis des abgesicherten Deals, sodass beide Läufe denselben Kredit haben; ohne Haken wird der Kredit ohne Absicherung neu bemessen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Press Run to simulate the spot index with and without the hedges.</source>
        <translation>„Starten“ drücken, um den Spot-Index mit und ohne Absicherung zu simulieren.</translation>
    </message>
    <message>
        <source>Spot index fan</source>
        <translation>Spot-Index-Fächer</translation>
    </message>
    <message>
        <source>Min DSCR distribution</source>
        <translation>Verteilung des Min. DSCR</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Fan chart…</source>
        <translation>Fächerdiagramm…</translation>
    </message>
    <message>
        <source>Spot fan</source>
        <translation>Spot-Fächer</translation>
    </message>
    <message>
        <source>Min DSCR histogram…</source>
        <translation>Histogramm Min. DSCR…</translation>
    </message>
    <message>
        <source>Min DSCR histogram</source>
        <translation>Histogramm Min. DSCR</translation>
    </message>
    <message>
        <source>With hedges</source>
        <translation>Mit Absicherung</translation>
    </message>
    <message>
        <source>Without hedges</source>
        <translation>Ohne Absicherung</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The deal is not valid, nothing was simulated: %1</source>
        <translation>Der Deal ist ungültig, es wurde nichts simuliert: %1</translation>
    </message>
    <message>
        <source>Simulating %1 paths with hedges, then without…</source>
        <translation>Simuliere %1 Pfade mit Absicherung, dann ohne…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>The deal cannot be simulated: %1</source>
        <translation>Der Deal kann nicht simuliert werden: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 paths; the previous results are still shown.</source>
        <translation>Nach %1 Pfaden abgebrochen; die vorherigen Ergebnisse werden weiter angezeigt.</translation>
    </message>
    <message>
        <source>Cancelled after %1 paths.</source>
        <translation>Nach %1 Pfaden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 paths, seed %2, with and without hedges on the same random numbers: %3 s.</source>
        <translation>%1 Pfade, Seed %2, mit und ohne Absicherung auf denselben Zufallszahlen: %3 s.</translation>
    </message>
    <message>
        <source>The deal has changed since this run: the results are outdated. Press Run to simulate again.</source>
        <translation>Der Deal wurde seit diesem Lauf geändert: die Ergebnisse sind veraltet. „Starten“ drücken, um erneut zu simulieren.</translation>
    </message>
    <message>
        <source>The results match the deal again.</source>
        <translation>Die Ergebnisse passen wieder zum Deal.</translation>
    </message>
    <message>
        <source>P(min DSCR &lt; lock-up %1)</source>
        <translation>P(Min. DSCR &lt; Lock-up %1)</translation>
    </message>
    <message>
        <source>P(default)</source>
        <translation>P(Default)</translation>
    </message>
    <message>
        <source>Min DSCR P50</source>
        <translation>Min. DSCR P50</translation>
    </message>
    <message>
        <source>Equity IRR P50</source>
        <translation>Eigenkapital-IRR P50</translation>
    </message>
    <message>
        <source>The min DSCR that 90 % of paths stay above</source>
        <translation>Der Min. DSCR, über dem 90 % der Pfade bleiben</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <translation>%1/GPU-h</translation>
    </message>
    <message>
        <source>%1 (period %2)
P90 %3
P50 %4
P10 %5
Mean %6
Forward %7</source>
        <translation>%1 (Periode %2)
P90 %3
P50 %4
P10 %5
Mittelwert %6
Termin %7</translation>
    </message>
    <message>
        <source>Min DSCR: the deal has no debt service</source>
        <translation>Min. DSCR: der Deal hat keinen Schuldendienst</translation>
    </message>
    <message>
        <source>Lock-up %1</source>
        <translation>Lock-up %1</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>Default %1</translation>
    </message>
    <message>
        <source>% of paths</source>
        <translation>% der Pfade</translation>
    </message>
    <message>
        <source>Spot index, %1 paths</source>
        <translation>Spot-Index, %1 Pfade</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Min DSCR, share of paths</source>
        <translation>Min. DSCR, Anteil der Pfade</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Gehedgt</translation>
    </message>
    <message>
        <source>Unhedged</source>
        <translation>Ungehedgt</translation>
    </message>
    <message>
        <source>Min DSCR (x)</source>
        <translation>Min. DSCR (x)</translation>
    </message>
    <message>
        <source>Paths below or above the range are counted in the end bins</source>
        <translation>Pfade unter- oder oberhalb des Bereichs werden in den Randklassen gezählt</translation>
    </message>
    <message>
        <source>P(min DSCR &lt; %1)</source>
        <translation>P(Min. DSCR &lt; %1)</translation>
    </message>
    <message>
        <source>Offtaker defaults</source>
        <translation>Offtaker-Ausfälle</translation>
    </message>
    <message>
        <source>Index-linked collateral against the loan</source>
        <translation>Indexgebundene Sicherheiten gegenüber dem Kredit</translation>
    </message>
    <message>
        <source>Collateral value P50</source>
        <translation>Sicherheitenwert P50</translation>
    </message>
    <message>
        <source>Balance P50</source>
        <translation>Restschuld P50</translation>
    </message>
    <message>
        <source>Balance P90</source>
        <translation>Restschuld P90</translation>
    </message>
    <message>
        <source>Collateral value P10–P90</source>
        <translation>Sicherheitenwert P10–P90</translation>
    </message>
    <message>
        <source>Max LTV %1 of the median value</source>
        <translation>Max. LTV %1 des Medianwerts</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>Offtakers default as the deal&apos;s credit block says (one-factor Gaussian copula by rating); unchecked, both runs leave them out, to show their effect</source>
        <translation>Offtaker fallen aus, wie der Bonitätsblock des Deals es vorgibt (Ein-Faktor-Gauß-Copula nach Rating); ohne Haken lassen beide Läufe sie weg, um ihre Wirkung zu zeigen</translation>
    </message>
    <message>
        <source>Share of paths where a shortfall is larger than the reserve&apos;s balance (with a waterfall: than the period&apos;s cash and the accounts D, K and the reserve)</source>
        <translation>Anteil der Pfade, auf denen ein Fehlbetrag den Saldo der Reserve übersteigt (mit Wasserfall: den Cash der Periode und die Konten D, K und die Reserve)</translation>
    </message>
    <message>
        <source>P(an offtaker defaults)</source>
        <translation>P(ein Offtaker fällt aus)</translation>
    </message>
    <message>
        <source>P(a lock-up test fails)</source>
        <translation>P(ein Lock-up-Test scheitert)</translation>
    </message>
    <message>
        <source>P(an LTV cure falls short)</source>
        <translation>P(eine LTV-Heilung reicht nicht)</translation>
    </message>
    <message>
        <source>Mean debt prepaid</source>
        <translation>Mittlere vorzeitige Tilgung</translation>
    </message>
    <message>
        <source>Needs a cash waterfall; – without one</source>
        <translation>Erfordert einen Cash-Wasserfall; – ohne</translation>
    </message>
    <message>
        <source>Needs a maintenance LTV; – without one</source>
        <translation>Erfordert einen LTV-Covenant; – ohne</translation>
    </message>
    <message>
        <source>When offtakers default and the first test fails, % of paths</source>
        <translation>Wann Offtaker ausfallen und der erste Test scheitert, % der Pfade</translation>
    </message>
    <message>
        <source>First failed test (lock-up or LTV), hedged</source>
        <translation>Erster gescheiterter Test (Lock-up oder LTV), gehedgt</translation>
    </message>
    <message>
        <source>First failed test (lock-up or LTV), unhedged</source>
        <translation>Erster gescheiterter Test (Lock-up oder LTV), ungehedgt</translation>
    </message>
    <message>
        <source>Min DSCR P90 (downside)</source>
        <translation>Min. DSCR P90 (Abwärtsfall)</translation>
    </message>
    <message>
        <source>Min DSCR P99 (stress)</source>
        <translation>Min. DSCR P99 (Stressfall)</translation>
    </message>
    <message>
        <source>Equity IRR P90 (downside)</source>
        <translation>Eigenkapital-IRR P90 (Abwärtsfall)</translation>
    </message>
    <message>
        <source>Equity IRR P10 (upside)</source>
        <translation>Eigenkapital-IRR P10 (Aufwärtsfall)</translation>
    </message>
    <message>
        <source>P-values follow the lender&apos;s convention for every metric: P90 is the value exceeded on 90 % of paths (the downside), P10 the value exceeded on only 10 % (the upside)</source>
        <translation>P-Werte folgen für jede Kennzahl der Konvention der Kreditgeber: P90 ist der Wert, der in 90 % der Pfade überschritten wird (Abwärtsfall), P10 der Wert, der nur in 10 % überschritten wird (Aufwärtsfall)</translation>
    </message>
    <message>
        <source>The equity IRR that 90 % of paths exceed</source>
        <translation>Die Eigenkapital-IRR, die 90 % der Pfade überschreiten</translation>
    </message>
    <message>
        <source>The equity IRR that only 10 % of paths exceed</source>
        <translation>Die Eigenkapital-IRR, die nur 10 % der Pfade überschreiten</translation>
    </message>
</context>
<context>
    <name>gds::ui::OfftakeModel</name>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Abnehmer</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Start (period)</source>
        <translation>Beginn (Periode)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Escalation (%/yr)</source>
        <translation>Preisgleitung (%/Jahr)</translation>
    </message>
    <message>
        <source>Prepayment (%)</source>
        <translation>Vorauszahlung (%)</translation>
    </message>
    <message>
        <source>New counterparty</source>
        <translation>Neuer Abnehmer</translation>
    </message>
    <message>
        <source>Price (%1/GPU-h; total: GPU-weighted)</source>
        <comment>currency</comment>
        <translation>Preis (%1/GPU-h; Summe: GPU-gewichtet)</translation>
    </message>
    <message>
        <source>Nominal value (%1, approx.)</source>
        <comment>currency</comment>
        <translation>Nominalwert (%1, ca.)</translation>
    </message>
</context>
<context>
    <name>gds::ui::PeriodTableModel</name>
    <message>
        <source>Close</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1: end-of-period value (quarters and years show the last)</source>
        <translation>%1: Wert am Periodenende (Quartale und Jahre zeigen den letzten)</translation>
    </message>
    <message>
        <source>%1: flow in the period (quarters and years show the sum)</source>
        <translation>%1: Fluss in der Periode (Quartale und Jahre zeigen die Summe)</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauphase</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mo.)</source>
        <comment>a partial quarter or year: months it holds</comment>
        <translation>
            <numerusform>%1 (%n Mon.)</numerusform>
            <numerusform>%1 (%n Mon.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Financial close (period 0), %1</source>
        <translation>Financial Close (Periode 0), %1</translation>
    </message>
    <message>
        <source>Period %1, ends %2; its flows fall on that day</source>
        <translation>Periode %1, endet am %2; ihre Zahlungen fallen auf diesen Tag</translation>
    </message>
    <message>
        <source>Periods %1–%2, the last ends %3</source>
        <translation>Perioden %1–%2, die letzte endet am %3</translation>
    </message>
</context>
<context>
    <name>gds::ui::PeriodTableView</name>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole table) with headers, tab-separated</source>
        <translation>Die Auswahl (oder die ganze Tabelle) mit Überschriften kopieren, tabulatorgetrennt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Anzeigen nach</translation>
    </message>
    <message>
        <source>Period table copied to the clipboard</source>
        <translation>Periodentabelle in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Nothing was exported: the deal has marked fields. Fix the marked fields first.</source>
        <translation>Nichts exportiert: der Deal hat markierte Felder. Zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Export period table</source>
        <translation>Periodentabelle exportieren</translation>
    </message>
    <message>
        <source>Period table saved to %1</source>
        <translation>Periodentabelle gespeichert unter %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>gds::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used after GPU Deal Studio restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von GPU Deal Studio.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Standard-&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Symbol ($, €, £)</source>
        <translation>Symbol ($, €, £)</translation>
    </message>
    <message>
        <source>ISO code (USD, EUR, GBP)</source>
        <translation>ISO-Code (USD, EUR, GBP)</translation>
    </message>
    <message>
        <source>&amp;Currency display:</source>
        <translation>&amp;Währungsanzeige:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;paths:</source>
        <translation>Monte-Carlo-P&amp;fade:</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;seed:</source>
        <translation>Monte-Carlo-&amp;Seed:</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)</source>
        <translation>Arbeitsbereiche (*.sqlite *.gpudeal.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>For spreadsheets (numbers and dates in your locale&apos;s format)</source>
        <translation>Für Tabellenkalkulationen (Zahlen und Datumsangaben im Format Ihres Gebietsschemas)</translation>
    </message>
    <message>
        <source>For machines (locale-independent, as gpudeal-cli writes)</source>
        <translation>Für Maschinen (gebietsschemaunabhängig, wie gpudeal-cli schreibt)</translation>
    </message>
    <message>
        <source>Preselected when you export the period table as CSV; the export dialog can still choose the other format, and remembers that choice.</source>
        <translation>Vorausgewählt, wenn Sie die Periodentabelle als CSV exportieren; im Exportdialog lässt sich weiterhin das andere Format wählen, und diese Wahl wird gespeichert.</translation>
    </message>
    <message>
        <source>CSV &amp;format:</source>
        <translation>CSV-&amp;Format:</translation>
    </message>
    <message>
        <source>Empty: the workspace open when you quit, else the data folder&apos;s</source>
        <translation>Leer: der beim Beenden geöffnete Arbeitsbereich, sonst der im Datenordner</translation>
    </message>
    <message>
        <source>A workspace file or a team workspace (postgresql://...) to open at every start; empty: the workspace open when GPU Deal Studio was last closed, else the workspace file in your data folder</source>
        <translation>Eine Arbeitsbereichsdatei oder ein Team-Arbeitsbereich (postgresql://...), der bei jedem Start geöffnet wird; leer: der Arbeitsbereich, der beim letzten Schließen von GPU Deal Studio geöffnet war, sonst die Arbeitsbereichsdatei in Ihrem Datenordner</translation>
    </message>
</context>
<context>
    <name>gds::ui::RiskView</name>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Sensitivitäten</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>Zielwertsuche</translation>
    </message>
    <message>
        <source>The spot index simulated; DSCR breach and default probabilities with and without the hedges</source>
        <translation>Simulation des Spot-Index; Wahrscheinlichkeiten von DSCR-Verletzung und Default mit und ohne Absicherung</translation>
    </message>
    <message>
        <source>One input shocked at a time: min DSCR, equity IRR and debt</source>
        <translation>Jeweils eine Eingabe geschockt: Min. DSCR, Eigenkapital-IRR und Kredit</translation>
    </message>
    <message>
        <source>The contract price, swap strike or debt that meets a target</source>
        <translation>Der Vertragspreis, Swap-Strike oder Kredit, der ein Ziel erreicht</translation>
    </message>
</context>
<context>
    <name>gds::ui::SectionTable</name>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate row</source>
        <translation>Zeile d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>Zellen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>Zeilen &amp;einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Pasted; not read: %1</source>
        <translation>Eingefügt; nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::TornadoPanel</name>
    <message>
        <source>Spot price</source>
        <translation>Spotpreis</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Merchant utilization</source>
        <translation>Merchant-Auslastung</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Referenzzins</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>Vertragspreis</translation>
    </message>
    <message>
        <source>bp</source>
        <translation>Bp.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Edit the ends of each shock; untick an input to leave it out. Relative shocks in %, availability and utilization in points, the base rate in basis points.</source>
        <translation>Die Enden jedes Schocks bearbeiten; eine Eingabe abwählen, um sie auszulassen. Relative Schocks in %, Verfügbarkeit und Auslastung in Prozentpunkten, der Referenzzins in Basispunkten.</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>Min. DSCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>Eigenkapital-IRR</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Update with the deal</source>
        <translation>Mit dem Deal aktualisieren</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Default ranges</source>
        <translation>Standardbereiche</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; the range is unchanged.</source>
        <translation>%1: „%2“ ist keine Zahl; der Bereich bleibt unverändert.</translation>
    </message>
    <message>
        <source>The deal is not valid; the tornado shown is for the last valid deal: %1</source>
        <translation>Der Deal ist ungültig; das Tornado-Diagramm zeigt den letzten gültigen Deal: %1</translation>
    </message>
    <message>
        <source>Computing %1 shocked deals…</source>
        <translation>Berechne %1 geschockte Deals…</translation>
    </message>
    <message>
        <source>No input is selected.</source>
        <translation>Keine Eingabe ausgewählt.</translation>
    </message>
    <message>
        <source>Each end is a full recompute of the deal with one input shocked.</source>
        <translation>Jedes Ende ist eine vollständige Neuberechnung des Deals mit einer geschockten Eingabe.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>%1: change from the base case (%2)</source>
        <translation>%1: Veränderung gegenüber dem Basisfall (%2)</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Unteres Ende</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Oberes Ende</translation>
    </message>
    <message>
        <source>Change in %1 (%2)</source>
        <translation>Veränderung von %1 (%2)</translation>
    </message>
    <message>
        <source>not computable: %1</source>
        <translation>nicht berechenbar: %1</translation>
    </message>
    <message>
        <source>%1 (base %2)</source>
        <translation>%1 (Basis %2)</translation>
    </message>
    <message numerus="yes">
        <source>Each end is a full recompute of the deal with one input shocked. %n end(s) cannot be computed (hover the bar for why).</source>
        <translation>
            <numerusform>Jedes Ende ist eine vollständige Neuberechnung des Deals mit einer geschockten Eingabe. %n Ende kann nicht berechnet werden (Maus über den Balken für den Grund).</numerusform>
            <numerusform>Jedes Ende ist eine vollständige Neuberechnung des Deals mit einer geschockten Eingabe. %n Enden können nicht berechnet werden (Maus über den Balken für den Grund).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <comment>input shocked (low end / high end)</comment>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Ausfallwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Default correlation</source>
        <translation>Ausfallkorrelation</translation>
    </message>
    <message>
        <source>P90 min DSCR (Monte Carlo)</source>
        <translation>Min. DSCR P90 (Monte Carlo)</translation>
    </message>
    <message>
        <source>P(default) (Monte Carlo)</source>
        <translation>P(Default) (Monte Carlo)</translation>
    </message>
    <message>
        <source>The hedges exceed the expected merchant volume (hedge ratio up to %1): the deal is net short the index, so a lower spot price raises CFADS and the DSCR.</source>
        <translation>Die Absicherungen übersteigen das erwartete Merchant-Volumen (Hedge-Quote bis %1): Der Deal ist netto short im Index, daher erhöht ein niedrigerer Spotpreis CFADS und DSCR.</translation>
    </message>
</context>
<context>
    <name>gds::ui::TrancheModel</name>
    <message>
        <source>tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Margenregel</translation>
    </message>
    <message>
        <source>By rating</source>
        <translation>Nach Rating</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>Marge (%)</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>Tranche %1</translation>
    </message>
    <message>
        <source>curve (%1 years)</source>
        <translation>Kurve (%1 Jahre)</translation>
    </message>
    <message>
        <source>Fixed (%)</source>
        <translation>Fest (%)</translation>
    </message>
    <message>
        <source>Base (%)</source>
        <translation>Referenz (%)</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>By coverage</source>
        <translation>Nach Abdeckung</translation>
    </message>
</context>
<context>
    <name>gds::ui::WaterfallEditor</name>
    <message>
        <source>Cash waterfall and maintenance LTV</source>
        <translation>Cash-Wasserfall und laufender LTV</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>Cash-Wasserfall</translation>
    </message>
    <message>
        <source>Off (cash flows to equity)</source>
        <translation>Aus (Cash fließt ans Eigenkapital)</translation>
    </message>
    <message>
        <source>On (controlled account, tests, sweeps)</source>
        <translation>An (Kontrollkonto, Tests, Sweeps)</translation>
    </message>
    <message>
        <source>Test every</source>
        <translation>Test alle</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Lookback</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>Off (test only)</source>
        <translation>Aus (nur Test)</translation>
    </message>
    <message>
        <source>On (cash trapped below the lock-up DSCR)</source>
        <translation>An (Cash gesperrt unter dem Lock-up-DSCR)</translation>
    </message>
    <message>
        <source>Release after</source>
        <translation>Freigabe nach</translation>
    </message>
    <message>
        <source>passing tests</source>
        <translation>bestandenen Tests</translation>
    </message>
    <message>
        <source>Sweep trapped cash after</source>
        <translation>Gesperrtes Cash tilgen nach</translation>
    </message>
    <message>
        <source>failing tests</source>
        <translation>nicht bestandenen Tests</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>0: trapped cash is never swept</source>
        <translation>0: gesperrtes Cash wird nie getilgt</translation>
    </message>
    <message>
        <source>Cash sweep</source>
        <translation>Cash Sweep</translation>
    </message>
    <message>
        <source>% of excess cash</source>
        <translation>% des Überschuss-Cash</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>Laufender LTV</translation>
    </message>
    <message>
        <source>Maintenance LTV test</source>
        <translation>Test des laufenden LTV</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Tested on the test dates (cure by prepayment)</source>
        <translation>An den Testterminen geprüft (Heilung durch Vorauszahlung)</translation>
    </message>
    <message>
        <source>Max LTV</source>
        <translation>Max. LTV</translation>
    </message>
    <message>
        <source>% of collateral value</source>
        <translation>% des Sicherheitenwerts</translation>
    </message>
</context>
<context>
    <name>gds::ui::WorkspaceBrowser</name>
    <message>
        <source>Search deals, scenarios, notes</source>
        <translation>Deals, Szenarien, Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Deal / scenario / version</source>
        <translation>Deal / Szenario / Version</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Vers.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>Min. DSCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>Eigenkapital-IRR</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>WACC</translation>
    </message>
    <message>
        <source>LCOC</source>
        <translation>LCOC</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Hauptlinie</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Restore this version (as a new version)</source>
        <translation>Diese Version wiederherstellen (als neue Version)</translation>
    </message>
    <message>
        <source>%1  (unsaved edits)</source>
        <comment>deal name</comment>
        <translation>%1  (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>%1 (restores v%2)</source>
        <comment>version label</comment>
        <translation>%1 (stellt v%2 wieder her)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <comment>the version in the editor</comment>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation>Gespeichert von %1 am %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::WorkspaceSession</name>
    <message>
        <source>Sample deal</source>
        <translation>Beispiel-Deal</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not in a workspace</source>
        <translation>nicht in einem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <source>Recovered unsaved edits of this deal (undo to drop them)</source>
        <translation>Ungespeicherte Änderungen dieses Deals wiederhergestellt (Rückgängig verwirft sie)</translation>
    </message>
    <message>
        <source>Autosaved edits of this deal could not be read back and were kept aside: %1</source>
        <translation>Automatisch gesicherte Änderungen dieses Deals konnten nicht gelesen werden und wurden beiseitegelegt: %1</translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation>Version %1 gespeichert</translation>
    </message>
    <message>
        <source>The version was not saved: %1</source>
        <translation>Die Version wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Scenario created from the current deal</source>
        <translation>Szenario aus dem aktuellen Deal erstellt</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; created</source>
        <translation>Szenario „%1“ erstellt</translation>
    </message>
    <message>
        <source>The scenario was not created: %1</source>
        <translation>Das Szenario wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The version was not restored: %1</source>
        <translation>Die Version wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Already in the workspace as version %1</source>
        <translation>Bereits als Version %1 im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Imported as version %1</source>
        <translation>Als Version %1 importiert</translation>
    </message>
    <message>
        <source>The deal was not imported: %1</source>
        <translation>Der Deal wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>v%1 · scenario %2</source>
        <translation>v%1 · Szenario %2</translation>
    </message>
    <message>
        <source>v%1 · main line</source>
        <translation>v%1 · Hauptlinie</translation>
    </message>
    <message>
        <source>This deal is open for editing in another window (process %1 on %2); it is shown read only here. Save your changes as a new scenario.</source>
        <translation>Dieser Deal wird in einem anderen Fenster bearbeitet (Prozess %1 auf %2); hier wird er nur zum Lesen angezeigt. Speichern Sie Ihre Änderungen als neues Szenario.</translation>
    </message>
    <message>
        <source>The version was not saved: this deal is open for editing in another window. Save your changes as a new scenario.</source>
        <translation>Die Version wurde nicht gespeichert: Dieser Deal wird in einem anderen Fenster bearbeitet. Speichern Sie Ihre Änderungen als neues Szenario.</translation>
    </message>
    <message>
        <source>The workspace %1 can only be read: deals are shown, nothing is saved.</source>
        <translation>Der Arbeitsbereich %1 kann nur gelesen werden: Deals werden angezeigt, nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>The version was not saved: the workspace can only be read.</source>
        <translation>Die Version wurde nicht gespeichert: Der Arbeitsbereich kann nur gelesen werden.</translation>
    </message>
    <message>
        <source>Sample deal (version 2)</source>
        <translation>Beispiel-Deal (Version 2)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <source>Read-only: you can open, compute and export; saving is not allowed for your role</source>
        <translation>Nur lesen: Sie können öffnen, berechnen und exportieren; Speichern ist für Ihre Rolle nicht erlaubt</translation>
    </message>
    <message>
        <source>The version was not saved</source>
        <translation>Die Version wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The version was not saved yet: the team workspace&apos;s server is unreachable. Your edits stay in the editor and are saved when the connection is back.</source>
        <translation>Die Version ist noch nicht gespeichert: Der Server des Team-Arbeitsbereichs ist nicht erreichbar. Ihre Änderungen bleiben im Editor und werden gespeichert, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The version was not saved: the team workspace&apos;s server is unreachable (%1). Your edits stay in the editor; the save is tried again every %2 s and made when the server is back (File &gt; Retry connection now).</source>
        <translation>Die Version wurde nicht gespeichert: Der Server des Team-Arbeitsbereichs ist nicht erreichbar (%1). Ihre Änderungen bleiben im Editor; das Speichern wird alle %2 s erneut versucht und ausgeführt, sobald der Server wieder da ist (Datei &gt; Verbindung jetzt erneut versuchen).</translation>
    </message>
    <message>
        <source>The scenario was not created</source>
        <translation>Das Szenario wurde nicht erstellt</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>Die Version wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The deal was not imported</source>
        <translation>Der Deal wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1: your role may only read this team workspace (open, compute and export); saving is not allowed.</source>
        <translation>%1: Ihre Rolle darf diesen Team-Arbeitsbereich nur lesen (öffnen, berechnen und exportieren); Speichern ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Server unreachable: your version is not saved yet; retrying every %1 s</source>
        <translation>Server nicht erreichbar: Ihre Version ist noch nicht gespeichert; neuer Versuch alle %1 s</translation>
    </message>
    <message>
        <source>Server unreachable: retrying every %1 s</source>
        <translation>Server nicht erreichbar: neuer Versuch alle %1 s</translation>
    </message>
    <message>
        <source>The team workspace&apos;s server is still unreachable: %1</source>
        <translation>Der Server des Team-Arbeitsbereichs ist weiterhin nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Connected to the team workspace again</source>
        <translation>Wieder mit dem Team-Arbeitsbereich verbunden</translation>
    </message>
    <message>
        <source>Saved version %1 (the server had it already)</source>
        <translation>Version %1 gespeichert (der Server hatte sie bereits)</translation>
    </message>
    <message>
        <source>Saved version %1 after reconnecting</source>
        <translation>Version %1 nach erneutem Verbinden gespeichert</translation>
    </message>
</context>
<context>
    <name>gds::ui::risk</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GPU Deal Studio: GPU cluster financing deals, live.</source>
        <translation>GPU Deal Studio: GPU-Cluster-Finanzierungen, live.</translation>
    </message>
    <message>
        <source>Deal files (gpudeal/1 JSON) to open.</source>
        <translation>Zu öffnende Deal-Dateien (gpudeal/1-JSON).</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Open the default workspace without a display, compute and render the deal that opens, print its debt, min DSCR and equity IRR, and exit.</source>
        <translation>Den Standard-Arbeitsbereich ohne Anzeige öffnen, den geöffneten Deal berechnen und darstellen, Kreditbetrag, Min. DSCR und Eigenkapital-IRR ausgeben und beenden.</translation>
    </message>
</context>
</TS>
