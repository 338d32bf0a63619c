<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PasswordStore</name>
    <message>
        <source>the system keyring does not answer</source>
        <translation>le trousseau du système ne répond pas</translation>
    </message>
</context>
<context>
    <name>gds::ComparisonReport</name>
    <message>
        <source>%1 (%2 m)</source>
        <comment>metric, currency code: money in millions</comment>
        <translation>%1 (M %2)</translation>
    </message>
    <message>
        <source>%1 (%2 / GPU-hour)</source>
        <comment>metric, currency code</comment>
        <translation>%1 (%2 / heure-GPU)</translation>
    </message>
    <message>
        <source>%1 (months)</source>
        <comment>metric</comment>
        <translation>%1 (mois)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>(not computable)</source>
        <translation>(non calculable)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Structure comparison</source>
        <translation>Comparaison de structures</translation>
    </message>
    <message>
        <source>Date: %1 &amp;nbsp;&amp;nbsp; Structures compared: %2</source>
        <translation>Date&#xa0;: %1 &amp;nbsp;&amp;nbsp; Structures comparées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Offtake contracts</source>
        <translation>Contrats d&apos;offtake</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Couvertures</translation>
    </message>
    <message>
        <source>Tenor (months)</source>
        <translation>Maturité (mois)</translation>
    </message>
    <message>
        <source>Not computable: %1</source>
        <translation>Non calculable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Best value of each row in bold with a star (higher or lower is better from the sponsor&apos;s side; neutral rows unmarked). The small figures are the change against the first structure (pp: percentage points).</source>
        <translation>Meilleure valeur de chaque ligne en gras avec une étoile (la plus haute ou la plus basse selon l&apos;intérêt du sponsor ; lignes neutres non marquées). Les petits chiffres sont l&apos;écart par rapport à la première structure (pts&#xa0;: points de pourcentage).</translation>
    </message>
    <message>
        <source>Hedge effect: %1</source>
        <translation>Effet des couvertures&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The same deal computed with its %n hedge(s) and with the hedges removed; everything else unchanged.</source>
        <translation>
            <numerusform>La même opération calculée avec sa couverture et sans elle ; tout le reste est inchangé.</numerusform>
            <numerusform>La même opération calculée avec ses %n couvertures et sans elles ; tout le reste est inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures are the GPU Deal Studio model&apos;s base case for each structure; indicative, not a market quote. Charts follow on the last page.</source>
        <translation>Les chiffres sont le cas de base du modèle GPU Deal Studio pour chaque structure ; indicatifs, ils ne constituent pas une cotation de marché. Les graphiques figurent en dernière page.</translation>
    </message>
    <message>
        <source>a comparison needs at least two structures</source>
        <translation>une comparaison nécessite au moins deux structures</translation>
    </message>
    <message>
        <source>the comparison needs a date</source>
        <translation>la comparaison nécessite une date</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>GPU Deal Studio · indicative</source>
        <translation>GPU Deal Studio · indicatif</translation>
    </message>
    <message>
        <source>DSCR (x), axis capped at %1</source>
        <translation>DSCR (x), axe plafonné à %1</translation>
    </message>
    <message>
        <source>DSCR by month</source>
        <translation>DSCR par mois</translation>
    </message>
    <message>
        <source>default %1 (first structure)</source>
        <translation>défaut %1 (première structure)</translation>
    </message>
    <message>
        <source>Debt balance by month</source>
        <translation>Encours de la dette par mois</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis title: currency code</comment>
        <translation>M %1</translation>
    </message>
    <message>
        <source>Hedge effect on the DSCR: %1</source>
        <translation>Effet des couvertures sur le DSCR&#xa0;: %1</translation>
    </message>
    <message>
        <source>fixed %1</source>
        <translation>fixe %1</translation>
    </message>
    <message>
        <source>base curve</source>
        <translation>courbe de taux de base</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>%1 + margin by rating</source>
        <translation>%1 + marge par notation</translation>
    </message>
    <message>
        <source>%1 + margin grid</source>
        <translation>%1 + grille de marges</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>Cascade de trésorerie</translation>
    </message>
    <message>
        <source>tests every %1 months, lookback %2 months</source>
        <translation>tests tous les %1 mois, période rétrospective %2 mois</translation>
    </message>
    <message>
        <source>none (monthly DSCR tests)</source>
        <translation>aucune (tests de DSCR mensuels)</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>DSCR below %1</source>
        <translation>DSCR inférieur à %1</translation>
    </message>
    <message numerus="yes">
        <source>released after %n passing test(s)</source>
        <translation>
            <numerusform>libéré après %n test réussi</numerusform>
            <numerusform>libéré après %n tests réussis</numerusform>
        </translation>
    </message>
    <message>
        <source>Trapped-cash sweep</source>
        <translation>Balayage de la trésorerie bloquée</translation>
    </message>
    <message numerus="yes">
        <source>after %n failing test(s)</source>
        <translation>
            <numerusform>après %n test échoué</numerusform>
            <numerusform>après %n tests échoués</numerusform>
        </translation>
    </message>
    <message>
        <source>Excess cash sweep</source>
        <translation>Balayage de la trésorerie excédentaire</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>LTV de maintien</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sûretés</translation>
    </message>
    <message>
        <source>falls %1 a year to %2 of cost</source>
        <translation>baisse de %1 par an jusqu&apos;à %2 du coût</translation>
    </message>
    <message>
        <source>index-linked</source>
        <translation>indexé</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Amortissement fiscal</translation>
    </message>
    <message>
        <source>MACRS 5-year, %1 bonus</source>
        <translation>MACRS 5 ans, %1 d&apos;amortissement bonus</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Tranche %1: lender yield</source>
        <translation>Tranche %1 : rendement prêteur</translation>
    </message>
    <message>
        <source>Tranche %1: amount</source>
        <translation>Tranche %1 : montant</translation>
    </message>
    <message>
        <source>Facility terms</source>
        <translation>Conditions de la facilité</translation>
    </message>
    <message>
        <source>The version-2 terms of each structure: tranches (share and rate), the cash waterfall, the maintenance LTV on the collateral and the tax depreciation.</source>
        <translation>Les conditions de la version 2 de chaque structure : tranches (quote-part et taux), cascade de trésorerie, LTV de maintien sur les sûretés et amortissement fiscal.</translation>
    </message>
    <message>
        <source>Tranches by position (the first tranche of each structure, then the second); the lender yield is lower-is-better from the sponsor&apos;s side.</source>
        <translation>Tranches par position (la première tranche de chaque structure, puis la deuxième) ; du point de vue du sponsor, un rendement prêteur plus bas est meilleur.</translation>
    </message>
    <message>
        <source>Waterfall effect: %1</source>
        <translation>Effet de la cascade : %1</translation>
    </message>
    <message>
        <source>The same deal computed with its cash waterfall and without it: no controlled accounts, test dates, lock-up, LTV cure or sweeps, every month&apos;s cash after debt service distributed; everything else unchanged.</source>
        <translation>La même opération calculée avec et sans sa cascade de trésorerie : sans comptes contrôlés, dates de test, lock-up, correction du LTV ni balayages, la trésorerie de chaque mois après service de la dette est distribuée ; tout le reste est inchangé.</translation>
    </message>
    <message>
        <source>Waterfall effect on the DSCR: %1</source>
        <translation>Effet de la cascade sur le DSCR : %1</translation>
    </message>
</context>
<context>
    <name>gds::MetricField</name>
    <message>
        <source>Total capex</source>
        <translation>Capex total</translation>
    </message>
    <message>
        <source>Interest during construction</source>
        <translation>Intérêts intercalaires</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>Intérêts intercalaires</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>Commission de mise en place</translation>
    </message>
    <message>
        <source>Commitment fees</source>
        <translation>Commissions d&apos;engagement</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>Dotation initiale du DSRA</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Total des emplois</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>Dette senior</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <source>Debt drawn in cash</source>
        <translation>Dette tirée en trésorerie</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Gearing (debt / uses)</source>
        <translation>Gearing (dette / emplois)</translation>
    </message>
    <message>
        <source>Gearing</source>
        <translation>Gearing</translation>
    </message>
    <message>
        <source>LTV (debt / capex)</source>
        <translation>LTV (dette / capex)</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Contracted + hedged coverage</source>
        <translation>Couverture (contractualisé + couvert)</translation>
    </message>
    <message>
        <source>Contracted + hedged</source>
        <translation>Contractualisé + couvert</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>DSCR min.</translation>
    </message>
    <message>
        <source>Average DSCR</source>
        <translation>DSCR moyen</translation>
    </message>
    <message>
        <source>Avg DSCR</source>
        <translation>DSCR moyen</translation>
    </message>
    <message>
        <source>LLCR</source>
        <translation>LLCR</translation>
    </message>
    <message>
        <source>Lender all-in yield</source>
        <translation>Rendement all-in prêteurs</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TRI actionnaires</translation>
    </message>
    <message>
        <source>Project IRR (unlevered, post-tax)</source>
        <translation>TRI projet (hors dette, après impôt)</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>TRI projet</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>WACC</translation>
    </message>
    <message>
        <source>NPV at WACC</source>
        <translation>VAN au WACC</translation>
    </message>
    <message>
        <source>LCOC</source>
        <translation>LCOC</translation>
    </message>
    <message>
        <source>Spot headroom (fall to DSCR 1.00x)</source>
        <translation>Marge de sécurité spot (baisse jusqu’à un DSCR de 1,00x)</translation>
    </message>
    <message>
        <source>Spot headroom</source>
        <translation>Marge de sécurité spot</translation>
    </message>
    <message>
        <source>Equity payback</source>
        <translation>Délai de récupération des fonds propres</translation>
    </message>
    <message>
        <source>Lock-up breaches</source>
        <translation>Franchissements du lock-up</translation>
    </message>
    <message>
        <source>Default breaches</source>
        <translation>Franchissements du seuil de défaut</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Valeur terminale</translation>
    </message>
    <message>
        <source>Tax on the terminal value</source>
        <translation>Impôt sur la valeur terminale</translation>
    </message>
    <message>
        <source>Tax on terminal value</source>
        <translation>Impôt sur la valeur terminale</translation>
    </message>
    <message>
        <source>Debt prepaid (waterfall)</source>
        <translation>Dette remboursée par anticipation (cascade)</translation>
    </message>
    <message>
        <source>Debt prepaid</source>
        <translation>Dette remboursée par anticipation</translation>
    </message>
    <message>
        <source>Cash trapped at most</source>
        <translation>Trésorerie bloquée maximale</translation>
    </message>
    <message>
        <source>LTV breaches</source>
        <translation>Dépassements de LTV</translation>
    </message>
    <message>
        <source>Peak LTV (collateral)</source>
        <translation>LTV maximal (garanties)</translation>
    </message>
    <message>
        <source>Peak LTV</source>
        <translation>LTV maximal</translation>
    </message>
    <message>
        <source>Debt repaid in period</source>
        <translation>Dette remboursée en période</translation>
    </message>
    <message>
        <source>Sizing iterations</source>
        <translation>Itérations de dimensionnement</translation>
    </message>
    <message>
        <source>Sizing rounds</source>
        <translation>Itérations de dimensionnement</translation>
    </message>
</context>
<context>
    <name>gds::TermSheet</name>
    <message numerus="yes">
        <source>%n months</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Sculpted: debt service follows CFADS</source>
        <translation>Sculpté&#xa0;: le service de la dette suit le CFADS</translation>
    </message>
    <message>
        <source>Annuity (level monthly debt service)</source>
        <translation>Annuités constantes (service de la dette mensuel constant)</translation>
    </message>
    <message>
        <source>Straight line (equal monthly principal)</source>
        <translation>Linéaire (amortissement mensuel constant du principal)</translation>
    </message>
    <message>
        <source>Bullet: interest monthly, principal at maturity (balloon assumed refinanced)</source>
        <translation>In fine&#xa0;: intérêts mensuels, principal à l&apos;échéance (refinancement du remboursement in fine supposé)</translation>
    </message>
    <message>
        <source>Fixed amount of %1</source>
        <translation>Montant fixe de %1</translation>
    </message>
    <message>
        <source>Lesser of a %1 target DSCR on CFADS and %2 of total capex (LTV)</source>
        <translation>Le plus faible entre un DSCR cible de %1 sur le CFADS et %2 du capex total (LTV)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Borrower / Sponsor</source>
        <translation>Emprunteur / Sponsor</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non désigné)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1 x %2 GPUs, %3 availability; construction %4, operations %5</source>
        <translation>%1 x %2 GPU, disponibilité %3 ; construction %4, exploitation %5</translation>
    </message>
    <message>
        <source>%1 (rated %2)</source>
        <translation>%1 (notation %2)</translation>
    </message>
    <message>
        <source>Offtakers</source>
        <translation>Offtakers</translation>
    </message>
    <message>
        <source>None: merchant only</source>
        <translation>Aucun&#xa0;: merchant uniquement</translation>
    </message>
    <message>
        <source>Lenders</source>
        <translation>Prêteurs</translation>
    </message>
    <message>
        <source>The senior lenders under the facility</source>
        <translation>Les prêteurs seniors au titre de la facilité</translation>
    </message>
    <message>
        <source>The facility</source>
        <translation>La facilité</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Senior secured delayed-draw term loan</source>
        <translation>Prêt à terme senior garanti à tirages différés</translation>
    </message>
    <message>
        <source>Senior secured term loan</source>
        <translation>Prêt à terme senior garanti</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>%1 at COD, of which %2 drawn in cash and %3 capitalized interest during construction</source>
        <translation>%1 à la COD, dont %2 tirés en trésorerie et %3 d&apos;intérêts intercalaires capitalisés pendant la construction</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionnement</translation>
    </message>
    <message>
        <source>Availability period</source>
        <translation>Période de disponibilité</translation>
    </message>
    <message>
        <source>From financial close (%1) to the commercial operation date (COD, %2); drawn pro rata to capex (%3 of each capex payment). Draws: %4</source>
        <translation>Du closing financier (%1) à la date de mise en service commerciale (COD, %2) ; tirages au prorata du capex (%3 de chaque paiement de capex). Tirages&#xa0;: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Maturité</translation>
    </message>
    <message numerus="yes">
        <source>%n months from COD</source>
        <translation>
            <numerusform>%n mois à compter de la COD</numerusform>
            <numerusform>%n mois à compter de la COD</numerusform>
        </translation>
    </message>
    <message>
        <source>Final maturity date</source>
        <translation>Date d&apos;échéance finale</translation>
    </message>
    <message>
        <source>Repayment profile</source>
        <translation>Profil d&apos;amortissement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schedule summary by calendar year&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Échéancier résumé par année civile&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Tiré</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>Intérêts intercalaires</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Intérêts payés</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>Service de la dette</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Encours de clôture</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>DSCR min.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pricing and fees</source>
        <translation>Rémunération et commissions</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Taux d&apos;intérêt</translation>
    </message>
    <message>
        <source>Fixed %1 per annum</source>
        <translation>Fixe, %1 par an</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>année %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Base rate curve by model year (%1)</source>
        <translation>Courbe du taux de référence par année du modèle (%1)</translation>
    </message>
    <message>
        <source>Base rate %1 per annum</source>
        <translation>Taux de référence %1 par an</translation>
    </message>
    <message>
        <source>%1 plus the margin; margin applied %2</source>
        <translation>%1 plus la marge ; marge appliquée %2</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>%1 per annum</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>Base de calcul des intérêts</translation>
    </message>
    <message>
        <source>Interest payment</source>
        <translation>Paiement des intérêts</translation>
    </message>
    <message>
        <source>Monthly in arrears; capitalized during construction</source>
        <translation>Mensuel, à terme échu ; capitalisés pendant la construction</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>Commission de mise en place</translation>
    </message>
    <message>
        <source>%1 of the facility amount (%2), paid at financial close</source>
        <translation>%1 du montant de la facilité (%2), payée au closing financier</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Commission d&apos;engagement</translation>
    </message>
    <message>
        <source>%1 per annum on undrawn commitments during availability (%2 in total)</source>
        <translation>%1 par an sur les engagements non tirés pendant la période de disponibilité (%2 au total)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin grid&lt;/b&gt;: the margin steps down with the share of tenor GPU-hours that are contracted or hedged (coverage). Model coverage %1 selects the marked step.</source>
        <translation>&lt;b&gt;Grille de marge&lt;/b&gt;&#xa0;: la marge diminue avec la part des heures-GPU de la maturité contractualisées ou couvertes (couverture). La couverture du modèle, %1, sélectionne le palier marqué.</translation>
    </message>
    <message>
        <source>Coverage from</source>
        <translation>Couverture à partir de</translation>
    </message>
    <message>
        <source>All-in rate</source>
        <translation>Taux all-in</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>Reserves and financial covenants</source>
        <translation>Réserves et covenants financiers</translation>
    </message>
    <message>
        <source>Debt service reserve account</source>
        <translation>Compte de réserve du service de la dette (DSRA)</translation>
    </message>
    <message numerus="yes">
        <source>%n months of scheduled debt service, funded by the equity at COD (%1 initially)</source>
        <translation>
            <numerusform>%n mois de service de la dette prévu, dotés par les fonds propres à la COD (%1 initialement)</numerusform>
            <numerusform>%n mois de service de la dette prévu, dotés par les fonds propres à la COD (%1 initialement)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>no tested debt service</source>
        <translation>aucun service de la dette testé</translation>
    </message>
    <message numerus="yes">
        <source>Model minimum %1: headroom %2 (CFADS may fall %3 in the weakest period); %n period(s) below</source>
        <translation>
            <numerusform>Minimum du modèle %1&#xa0;: marge %2 (le CFADS peut baisser de %3 sur la période la plus faible) ; %n période en dessous</numerusform>
            <numerusform>Minimum du modèle %1&#xa0;: marge %2 (le CFADS peut baisser de %3 sur la période la plus faible) ; %n périodes en dessous</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution lock-up</source>
        <translation>Lock-up des distributions</translation>
    </message>
    <message>
        <source>DSCR below %1. %2</source>
        <translation>DSCR inférieur à %1. %2</translation>
    </message>
    <message>
        <source>Event of default</source>
        <translation>Cas de défaut</translation>
    </message>
    <message>
        <source>DSCR test</source>
        <translation>Test de DSCR</translation>
    </message>
    <message>
        <source>Monthly, CFADS over scheduled debt service (interest only; the balloon is excluded)</source>
        <translation>Mensuel, CFADS rapporté au service de la dette prévu (intérêts seuls ; le remboursement in fine est exclu)</translation>
    </message>
    <message>
        <source>Monthly, CFADS over scheduled debt service</source>
        <translation>Mensuel, CFADS rapporté au service de la dette prévu</translation>
    </message>
    <message>
        <source>Spot headroom</source>
        <translation>Marge de sécurité spot</translation>
    </message>
    <message>
        <source>The spot price curve may fall %1 before the minimum DSCR reaches %2</source>
        <translation>La courbe des prix spot peut baisser de %1 avant que le DSCR minimum atteigne %2</translation>
    </message>
    <message>
        <source>Hedging requirements</source>
        <translation>Exigences de couverture</translation>
    </message>
    <message>
        <source>No hedges are required; merchant capacity is sold at the spot index.</source>
        <translation>Aucune couverture n&apos;est exigée ; la capacité merchant est vendue à l&apos;indice spot.</translation>
    </message>
    <message>
        <source>The borrower shall enter into and maintain the following hedges on the %1 (GPU-hour notional: every hour of the stated number of GPUs). Coverage of tenor GPU-hours by contracts and hedges: %2.</source>
        <translation>L&apos;emprunteur conclut et maintient les couvertures suivantes sur le %1 (notionnel en heures-GPU&#xa0;: chaque heure du nombre de GPU indiqué). Couverture des heures-GPU de la maturité par les contrats et les couvertures&#xa0;: %2.</translation>
    </message>
    <message>
        <source>GPU-hour rental index</source>
        <translation>indice de location de l&apos;heure-GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures-GPU</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>Marge initiale</translation>
    </message>
    <message>
        <source>Offtake summary</source>
        <translation>Synthèse de l&apos;offtake</translation>
    </message>
    <message>
        <source>No offtake contracts: all capacity is merchant.</source>
        <translation>Aucun contrat d&apos;offtake&#xa0;: toute la capacité est merchant.</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prépayé</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Valeur du contrat</translation>
    </message>
    <message>
        <source>Merchant capacity: %1 at %2 in the first year, changing %3 a year, sold at %4 utilization.</source>
        <translation>Capacité merchant&#xa0;: %1 à %2 la première année, variation de %3 par an, vendue à %4 d&apos;utilisation.</translation>
    </message>
    <message>
        <source>spot index</source>
        <translation>indice spot</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Emplois et ressources</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Interest during construction</source>
        <translation>Intérêts intercalaires</translation>
    </message>
    <message>
        <source>Commitment fees</source>
        <translation>Commissions d&apos;engagement</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>Dotation initiale du DSRA</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>Dette senior</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Total des emplois</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Total des ressources</translation>
    </message>
    <message>
        <source>Key metrics (base case)</source>
        <translation>Indicateurs clés (cas de base)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR minimum</translation>
    </message>
    <message>
        <source>Lender all-in yield</source>
        <translation>Rendement all-in prêteurs</translation>
    </message>
    <message>
        <source>Average DSCR</source>
        <translation>DSCR moyen</translation>
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
        <translation>TRI actionnaires</translation>
    </message>
    <message>
        <source>Gearing (debt / uses)</source>
        <translation>Gearing (dette / emplois)</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>TRI projet</translation>
    </message>
    <message>
        <source>LTV (debt / capex)</source>
        <translation>LTV (dette / capex)</translation>
    </message>
    <message>
        <source>NPV at WACC</source>
        <translation>VAN au WACC</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>LCOC per GPU-hour</source>
        <translation>LCOC par heure-GPU</translation>
    </message>
    <message>
        <source>Lowest contract price</source>
        <translation>Prix contractuel le plus bas</translation>
    </message>
    <message>
        <source>Equity payback</source>
        <translation>Délai de récupération des fonds propres</translation>
    </message>
    <message>
        <source>Lock-up / default breaches</source>
        <translation>Franchissements lock-up / défaut</translation>
    </message>
    <message>
        <source>Indicative Term Sheet</source>
        <translation>Term sheet indicatif</translation>
    </message>
    <message>
        <source>Date: %1 &amp;nbsp;&amp;nbsp; Deal version: %2</source>
        <translation>Date&#xa0;: %1 &amp;nbsp;&amp;nbsp; Version de l&apos;opération&#xa0;: %2</translation>
    </message>
    <message>
        <source>Indicative and non-binding. This term sheet is for discussion only: it is not an offer or a commitment to lend, arrange or underwrite, and creates no legal obligation. Any financing is subject to due diligence, credit approval and definitive documentation. Figures are the GPU Deal Studio model&apos;s base case for the deal as of the date above; they are not a market quote.</source>
        <translation>Indicatif et non engageant. Ce term sheet est fourni à titre de discussion uniquement&#xa0;: il ne constitue ni une offre ni un engagement de prêter, d&apos;arranger ou de garantir, et ne crée aucune obligation juridique. Tout financement est soumis à due diligence, à l&apos;approbation des comités de crédit et à une documentation définitive. Les chiffres sont le cas de base du modèle GPU Deal Studio pour l&apos;opération à la date ci-dessus ; ils ne constituent pas une cotation de marché.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debt balance and DSCR&lt;/b&gt; (monthly; DSCR against the covenant levels)</source>
        <translation>&lt;b&gt;Encours de la dette et DSCR&lt;/b&gt; (mensuel ; DSCR au regard des seuils de covenant)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue stack&lt;/b&gt; by calendar year (%1; contracted, merchant, hedge settlements)</source>
        <translation>&lt;b&gt;Composition des revenus&lt;/b&gt; par année civile (%1 ; contractualisé, merchant, règlements de couverture)</translation>
    </message>
    <message>
        <source>the deal cannot be computed: %1</source>
        <translation>l&apos;opération ne peut pas être calculée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the term sheet needs a date</source>
        <translation>le term sheet nécessite une date</translation>
    </message>
    <message>
        <source>Indicative Term Sheet - %1</source>
        <translation>Term sheet indicatif - %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 | version %2</source>
        <translation>%1 | version %2</translation>
    </message>
    <message>
        <source>Indicative and non-binding</source>
        <translation>Indicatif et non engageant</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis title: currency code</comment>
        <translation>M %1</translation>
    </message>
    <message>
        <source>Debt balance (left)</source>
        <translation>Encours de la dette (à gauche)</translation>
    </message>
    <message>
        <source>DSCR (right)</source>
        <translation>DSCR (à droite)</translation>
    </message>
    <message>
        <source>Lock-up %1</source>
        <translation>Lock-up %1</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>Défaut %1</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contractualisé</translation>
    </message>
    <message>
        <source>Merchant (spot)</source>
        <translation>Merchant (spot)</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>Règlements de couverture</translation>
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
        <translation>Au-delà de toute la plage testée : le DSCR minimum reste supérieur à %1 même avec une courbe de prix spot à zéro</translation>
    </message>
    <message>
        <source>Strike (%1/GPU-h)</source>
        <translation>Strike (%1/heure-GPU)</translation>
    </message>
    <message>
        <source>Fee + premium (%1)</source>
        <translation>Commission + prime (%1)</translation>
    </message>
    <message>
        <source>Price (%1/GPU-h)</source>
        <translation>Prix (%1/heure-GPU)</translation>
    </message>
    <message>
        <source>above the range tested</source>
        <translation>au-delà de la plage testée</translation>
    </message>
    <message>
        <source>Fixed %1</source>
        <translation>Fixe %1</translation>
    </message>
    <message>
        <source>Base rate curve</source>
        <translation>Courbe de taux de base</translation>
    </message>
    <message>
        <source>Base %1</source>
        <translation>Base %1</translation>
    </message>
    <message>
        <source>%1 + margin by rating</source>
        <translation>%1 + marge par notation</translation>
    </message>
    <message>
        <source>%1 + margin grid</source>
        <translation>%1 + grille de marges</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tranches&lt;/b&gt; (pari passu: they share the facility&apos;s sizing, drawdowns, repayment profile and security pro rata to their shares; amounts at COD, %1)</source>
        <translation>&lt;b&gt;Tranches&lt;/b&gt; (pari passu : elles partagent le dimensionnement, les tirages, le profil de remboursement et les sûretés de la facilité au prorata de leurs quotes-parts ; montants à la COD, %1)</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quote-part</translation>
    </message>
    <message>
        <source>Margin applied</source>
        <translation>Marge appliquée</translation>
    </message>
    <message>
        <source>Lender yield</source>
        <translation>Rendement prêteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin by rating&lt;/b&gt;: each GPU-hour of the tenor is priced by the rating of the offtaker that buys it; hedged and merchant hours at their own margins</source>
        <translation>&lt;b&gt;Marge par notation&lt;/b&gt; : chaque heure GPU de la durée est tarifée selon la notation de l&apos;acheteur qui l&apos;achète ; les heures couvertes et merchant à leurs propres marges</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin by rating, %1&lt;/b&gt;: each GPU-hour of the tenor is priced by the rating of the offtaker that buys it; hedged and merchant hours at their own margins</source>
        <translation>&lt;b&gt;Marge par notation, %1&lt;/b&gt; : chaque heure GPU de la durée est tarifée selon la notation de l&apos;acheteur qui l&apos;achète ; les heures couvertes et merchant à leurs propres marges</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>By offtaker rating (table below), weighted over every GPU-hour of the tenor</source>
        <translation>Selon la notation de l&apos;acheteur (tableau ci-dessous), pondérée sur chaque heure GPU de la durée</translation>
    </message>
    <message numerus="yes">
        <source>Model: %n test date(s) below; lowest monthly DSCR %1</source>
        <translation>
            <numerusform>Modèle : %n date de test en dessous ; DSCR mensuel le plus bas %1</numerusform>
            <numerusform>Modèle : %n dates de test en dessous ; DSCR mensuel le plus bas %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Historic DSCR below %1 on a test date (see Cash management). %2</source>
        <translation>DSCR historique inférieur à %1 à une date de test (voir Gestion de la trésorerie). %2</translation>
    </message>
    <message>
        <source>Historic DSCR below %1 on a test date. %2</source>
        <translation>DSCR historique inférieur à %1 à une date de test. %2</translation>
    </message>
    <message>
        <source>On each test date: CFADS over scheduled debt service of the last %1 (historic DSCR)</source>
        <translation>À chaque date de test : CFADS sur le service de la dette prévu des derniers %1 (DSCR historique)</translation>
    </message>
    <message>
        <source>Not measured: the deal has no collateral block</source>
        <translation>Non mesuré : l&apos;opération n&apos;a pas de bloc de sûretés</translation>
    </message>
    <message>
        <source>Tested on each test date; a shortfall is cured by prepayment from the distribution account, then the lock-up account; what they cannot cure is an LTV breach. Model: peak LTV %1, %2 breach(es)</source>
        <translation>Testé à chaque date de test ; un dépassement est corrigé par remboursement anticipé depuis le compte de distribution, puis le compte de lock-up ; ce qu&apos;ils ne peuvent corriger est un dépassement de LTV. Modèle : LTV maximal %1, %2 dépassement(s)</translation>
    </message>
    <message>
        <source>Measured monthly; without a cash waterfall no cure is modelled. Model: peak LTV %1</source>
        <translation>Mesuré chaque mois ; sans cascade de trésorerie, aucune correction n&apos;est modélisée. Modèle : LTV maximal %1</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>LTV de maintien</translation>
    </message>
    <message>
        <source>Loan balance at most %1 of the collateral&apos;s market value (see Collateral). %2</source>
        <translation>Encours du prêt au plus %1 de la valeur de marché des sûretés (voir Sûretés). %2</translation>
    </message>
    <message>
        <source>%1 (month %2 from COD)</source>
        <translation>%1 (mois %2 après la COD)</translation>
    </message>
    <message>
        <source>Cash management</source>
        <translation>Gestion de la trésorerie</translation>
    </message>
    <message>
        <source>Controlled accounts</source>
        <translation>Comptes contrôlés</translation>
    </message>
    <message>
        <source>Operating cash after debt service and the DSRA top-up is paid into a distribution account controlled by the lenders. A shortfall is met from it, then from the lock-up account, then from the DSRA; the sponsor funds what remains (equity support).</source>
        <translation>La trésorerie d&apos;exploitation après service de la dette et reconstitution de la DSRA est versée sur un compte de distribution contrôlé par les prêteurs. Un déficit est couvert par ce compte, puis par le compte de lock-up, puis par la DSRA ; le sponsor finance le reste (soutien en fonds propres).</translation>
    </message>
    <message>
        <source>Test dates</source>
        <translation>Dates de test</translation>
    </message>
    <message>
        <source>Every %1 from COD (first test date %2) and at final maturity; the sponsor receives the distribution account only on a test date that passes</source>
        <translation>Tous les %1 à partir de la COD (première date de test %2) et à l&apos;échéance finale ; le sponsor ne reçoit le compte de distribution qu&apos;à une date de test réussie</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>Historic DSCR below %1 (lookback %2): the test fails and the distribution account is trapped in a lock-up account</source>
        <translation>DSCR historique inférieur à %1 (période rétrospective %2) : le test échoue et le compte de distribution est bloqué sur un compte de lock-up</translation>
    </message>
    <message>
        <source>None: the tests do not trap cash</source>
        <translation>Aucun : les tests ne bloquent pas de trésorerie</translation>
    </message>
    <message>
        <source>Release of trapped cash</source>
        <translation>Libération de la trésorerie bloquée</translation>
    </message>
    <message numerus="yes">
        <source>To the sponsor once %n consecutive test(s) pass, and on every passing test after that</source>
        <translation>
            <numerusform>Au sponsor dès que %n test consécutif est réussi, puis à chaque test réussi ensuite</numerusform>
            <numerusform>Au sponsor dès que %n tests consécutifs sont réussis, puis à chaque test réussi ensuite</numerusform>
        </translation>
    </message>
    <message>
        <source>Trapped-cash sweep</source>
        <translation>Balayage de la trésorerie bloquée</translation>
    </message>
    <message numerus="yes">
        <source>Once %n consecutive test(s) fail, and on every failing test after that, the lock-up account prepays the facility</source>
        <translation>
            <numerusform>Dès que %n test consécutif échoue, puis à chaque test échoué ensuite, le compte de lock-up rembourse la facilité par anticipation</numerusform>
            <numerusform>Dès que %n tests consécutifs échouent, puis à chaque test échoué ensuite, le compte de lock-up rembourse la facilité par anticipation</numerusform>
        </translation>
    </message>
    <message>
        <source>None: trapped cash stays in the lock-up account until released</source>
        <translation>Aucun : la trésorerie bloquée reste sur le compte de lock-up jusqu&apos;à sa libération</translation>
    </message>
    <message>
        <source>Excess cash sweep</source>
        <translation>Balayage de la trésorerie excédentaire</translation>
    </message>
    <message>
        <source>%1 of the distribution account prepays the facility on every test date, before the lock-up test</source>
        <translation>%1 du compte de distribution rembourse la facilité par anticipation à chaque date de test, avant le test de lock-up</translation>
    </message>
    <message>
        <source>Prepayments</source>
        <translation>Remboursements anticipés</translation>
    </message>
    <message>
        <source>Applied as principal; every later scheduled instalment falls in proportion (the repayment profile is kept)</source>
        <translation>Imputés sur le capital ; chaque échéance prévue ultérieure baisse en proportion (le profil de remboursement est conservé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base case&lt;/b&gt; (the model&apos;s figures)</source>
        <translation>&lt;b&gt;Cas de base&lt;/b&gt; (les chiffres du modèle)</translation>
    </message>
    <message>
        <source>First failing test</source>
        <translation>Premier test échoué</translation>
    </message>
    <message>
        <source>None: the historic DSCR stays at or above %1 on every test date</source>
        <translation>Aucun : le DSCR historique reste égal ou supérieur à %1 à chaque date de test</translation>
    </message>
    <message numerus="yes">
        <source>%1, historic DSCR %2; %n test date(s) below %3 in all</source>
        <translation>
            <numerusform>%1, DSCR historique %2 ; %n date de test sous %3 au total</numerusform>
            <numerusform>%1, DSCR historique %2 ; %n dates de test sous %3 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash trapped at most</source>
        <translation>Trésorerie bloquée maximale</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Prepaid in total</source>
        <translation>Remboursé par anticipation au total</translation>
    </message>
    <message>
        <source>%1 (%2 of the facility)</source>
        <translation>%1 (%2 de la facilité)</translation>
    </message>
    <message>
        <source>Repaid in</source>
        <translation>Remboursé le</translation>
    </message>
    <message>
        <source>%1, %2 before the final maturity date</source>
        <translation>%1, %2 avant l&apos;échéance finale</translation>
    </message>
    <message>
        <source>%1, at final maturity</source>
        <translation>%1, à l&apos;échéance finale</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sûretés</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sûretés</translation>
    </message>
    <message>
        <source>First-ranking security over the hardware of the capex categories %1: %2 at cost</source>
        <translation>Sûreté de premier rang sur le matériel des catégories de capex %1 : %2 au coût</translation>
    </message>
    <message>
        <source>Assumed market value</source>
        <translation>Valeur de marché retenue</translation>
    </message>
    <message>
        <source>Cost at COD, falling %1 a year (monthly, compounding) to a floor of %2 of cost</source>
        <translation>Coût à la COD, en baisse de %1 par an (mensuellement, composé) jusqu&apos;à un plancher de %2 du coût</translation>
    </message>
    <message>
        <source>Index link</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Index-linked: on the Monte Carlo paths the value moves with the spot price index</source>
        <translation>Indexée : sur les trajectoires Monte-Carlo, la valeur suit l&apos;indice de prix spot</translation>
    </message>
    <message>
        <source>None: the value follows the curve above on every path</source>
        <translation>Aucune : la valeur suit la courbe ci-dessus sur chaque trajectoire</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Valeur terminale</translation>
    </message>
    <message>
        <source>%1 at the end of operations (%2): the collateral at market plus the book value of the other assets</source>
        <translation>%1 à la fin de l&apos;exploitation (%2) : les sûretés à leur valeur de marché plus la valeur comptable des autres actifs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collateral value and loan&lt;/b&gt; at COD and each anniversary (%1)</source>
        <translation>&lt;b&gt;Valeur des sûretés et prêt&lt;/b&gt; à la COD et à chaque anniversaire (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>Valeur des sûretés</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>Encours du prêt</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Tax basis</source>
        <translation>Base fiscale</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux d&apos;imposition</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Amortissement fiscal</translation>
    </message>
    <message>
        <source>MACRS 5-year (half-year convention) on the full cost of compute, networking, storage and spares, with %1 bonus depreciation in the first operating month; other items straight line</source>
        <translation>MACRS 5 ans (convention de la demi-année) sur le coût total du calcul, du réseau, du stockage et des pièces de rechange, avec %1 d&apos;amortissement bonus le premier mois d&apos;exploitation ; les autres postes en linéaire</translation>
    </message>
    <message>
        <source>Straight line over each item&apos;s useful life, as in the books</source>
        <translation>Linéaire sur la durée d&apos;utilité de chaque poste, comme en comptabilité</translation>
    </message>
    <message>
        <source>Tax losses</source>
        <translation>Pertes fiscales</translation>
    </message>
    <message>
        <source>Carried forward without limit</source>
        <translation>Reportées sans limite</translation>
    </message>
    <message>
        <source>Carried forward; they offset at most %1 of a period&apos;s taxable income</source>
        <translation>Reportées ; elles compensent au plus %1 du revenu imposable d&apos;une période</translation>
    </message>
    <message>
        <source>Tax on the terminal value</source>
        <translation>Impôt sur la valeur terminale</translation>
    </message>
    <message>
        <source>%1: the tax rate on the terminal value less the remaining tax basis, due at the end of operations (a loss saves tax)</source>
        <translation>%1 : le taux d&apos;imposition appliqué à la valeur terminale moins la base fiscale restante, dû à la fin de l&apos;exploitation (une perte économise de l&apos;impôt)</translation>
    </message>
    <message>
        <source>Peak LTV (collateral)</source>
        <translation>LTV maximal (sûretés)</translation>
    </message>
    <message>
        <source>LTV breaches</source>
        <translation>Dépassements de LTV</translation>
    </message>
    <message>
        <source>Debt repaid in</source>
        <translation>Dette remboursée le</translation>
    </message>
</context>
<context>
    <name>gds::report::Format</name>
    <message>
        <source>%1 %2 per GPU-hour</source>
        <comment>currency code, price</comment>
        <translation>%1 %2 par heure-GPU</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1x</source>
        <comment>a multiple such as a DSCR of 1.53x</comment>
        <translation>%1x</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>gds::ui</name>
    <message>
        <source>Prepayment of debt</source>
        <translation>Remboursement anticipé</translation>
    </message>
    <message>
        <source>Historic DSCR (test date)</source>
        <translation>DSCR historique (date de test)</translation>
    </message>
    <message>
        <source>Distribution account</source>
        <translation>Compte de distribution</translation>
    </message>
    <message>
        <source>Lock-up account</source>
        <translation>Compte de blocage</translation>
    </message>
    <message>
        <source>Distribution to equity</source>
        <translation>Distribution aux actionnaires</translation>
    </message>
    <message>
        <source>Equity support</source>
        <translation>Soutien des actionnaires</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>Valeur des sûretés</translation>
    </message>
    <message>
        <source>LTV (collateral)</source>
        <translation>LTV (sûretés)</translation>
    </message>
    <message>
        <source>GPU-h</source>
        <translation>GPU-h</translation>
    </message>
    <message>
        <source>#</source>
        <translation>nb</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>close</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>Pièces de rechange</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Coûts indirects</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Sculpté</translation>
    </message>
    <message>
        <source>Annuity</source>
        <translation>Annuités constantes</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>In fine</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Sellable hours</source>
        <translation>Heures vendables</translation>
    </message>
    <message>
        <source>Contract revenue</source>
        <translation>Revenus contractuels</translation>
    </message>
    <message>
        <source>Prepayment received</source>
        <translation>Prépaiement reçu</translation>
    </message>
    <message>
        <source>Prepaid release</source>
        <translation>Reprise du prépaiement</translation>
    </message>
    <message>
        <source>Merchant revenue</source>
        <translation>Revenus merchant</translation>
    </message>
    <message>
        <source>Spot index</source>
        <translation>Indice spot</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>Règlements de couverture</translation>
    </message>
    <message>
        <source>Hedge margin flow</source>
        <translation>Flux d&apos;appels de marge</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Fixed opex</source>
        <translation>Opex fixes</translation>
    </message>
    <message>
        <source>Variable opex</source>
        <translation>Opex variables</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Amortissements</translation>
    </message>
    <message>
        <source>Financing cost amortization</source>
        <translation>Amortissement des frais de financement</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Intérêts payés</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impôt</translation>
    </message>
    <message>
        <source>CFADS</source>
        <translation>CFADS</translation>
    </message>
    <message>
        <source>Debt draw</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Capitalized interest (IDC)</source>
        <translation>Intérêts intercalaires (IDC)</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Commission d&apos;engagement</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>Service de la dette</translation>
    </message>
    <message>
        <source>Debt balance</source>
        <translation>Encours de la dette</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>DSCR</translation>
    </message>
    <message>
        <source>DSRA balance</source>
        <translation>Solde du DSRA</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>Flux actionnaires</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency symbol per GPU-hour</comment>
        <translation>%1/h-GPU</translation>
    </message>
    <message>
        <source>%1%2 m</source>
        <comment>currency symbol, amount in millions</comment>
        <translation>%1%2 M</translation>
    </message>
    <message>
        <source>%1%2 k</source>
        <comment>currency symbol, amount in thousands</comment>
        <translation>%1%2 k</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of years</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>no merchant volume</source>
        <translation>aucun volume merchant</translation>
    </message>
    <message>
        <source>net short the index in %1</source>
        <translation>position nette vendeuse sur l’indice en %1</translation>
    </message>
    <message>
        <source>net long the index in every year</source>
        <translation>position nette acheteuse sur l’indice chaque année</translation>
    </message>
    <message>
        <source>No hedges: the merchant volume is fully exposed to the index.</source>
        <translation>Aucune couverture : le volume merchant est entièrement exposé à l’indice.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>year: hedge ratio</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Over-hedged in %1: the hedges&apos; notional exceeds the expected merchant GPU-hours</source>
        <translation>Surcouverture en %1 : le notionnel des couvertures dépasse les GPU-heures merchant attendues</translation>
    </message>
    <message>
        <source>, so the deal is net short the index in %1: there a lower spot price raises CFADS and the DSCR, a higher one lowers them.</source>
        <translation>, l’opération est donc nette vendeuse sur l’indice en %1 : un prix spot plus bas y augmente le CFADS et le DSCR, un prix plus élevé les réduit.</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit être d’au moins %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be at least %1 and less than %2</source>
        <translation>doit être d’au moins %1 et inférieur à %2</translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation>doit être supérieur à %1 et au plus %2</translation>
    </message>
    <message>
        <source>must be greater than %1 and less than %2</source>
        <translation>doit être supérieur à %1 et inférieur à %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>the spend shares must add up to 100 % (they add up to %1 %)</source>
        <translation>les quotes-parts de dépense doivent totaliser 100 % (elles totalisent %1 %)</translation>
    </message>
    <message>
        <source>the contracts active in %1 need %2 GPUs, more than the cluster&apos;s %3</source>
        <translation>les contrats actifs en %1 exigent %2 GPU, plus que les %3 du cluster</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation>nécessite au moins une ligne</translation>
    </message>
    <message>
        <source>contains characters that are not text</source>
        <translation>contient des caractères qui ne sont pas du texte</translation>
    </message>
    <message>
        <source>must be 0 unless the hedge is futures</source>
        <translation>doit être 0 sauf pour des contrats à terme (futures)</translation>
    </message>
    <message>
        <source>Hedge ratio up to %1 (%2); %3</source>
        <translation>Taux de couverture jusqu’à %1 (%2) ; %3</translation>
    </message>
    <message>
        <source>Hedges without merchant volume; %1</source>
        <translation>Couvertures sans volume merchant ; %1</translation>
    </message>
    <message>
        <source>Hedge ratio by year (hedged GPU-hours over expected merchant GPU-hours): %1.</source>
        <translation>Taux de couverture par année (GPU-heures couvertes sur GPU-heures merchant attendues) : %1.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>quote-part</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>spend entry %1, %2</source>
        <translation>entrée de dépense %1, %2</translation>
    </message>
    <message>
        <source>%1 entry %2, %3</source>
        <comment>list, entry number, field</comment>
        <translation>%1 entrée %2, %3</translation>
    </message>
    <message>
        <source>the tranches&apos; shares must add up to 100 % (they add up to %1 %)</source>
        <translation>les parts des tranches doivent totaliser 100 % (elles totalisent %1 %)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>n&apos;est pas l&apos;un des choix proposés</translation>
    </message>
    <message>
        <source>is too large (at most 10^12)</source>
        <translation>est trop grand (au plus 10^12)</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>doit comporter au plus 200 caractères</translation>
    </message>
    <message>
        <source>must be a currency code of 3 capital letters, e.g. USD</source>
        <translation>doit être un code de devise de 3 lettres majuscules, p. ex. USD</translation>
    </message>
    <message>
        <source>the year must be from 1990 to 2200</source>
        <translation>l&apos;année doit être comprise entre 1990 et 2200</translation>
    </message>
    <message>
        <source>the month must be from 1 to 12</source>
        <translation>le mois doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <source>must be 0 for this hedge type</source>
        <translation>doit être 0 pour ce type de couverture</translation>
    </message>
    <message>
        <source>needs a row with minimum coverage 0 %</source>
        <translation>nécessite une ligne avec une couverture minimale de 0 %</translation>
    </message>
    <message>
        <source>needs 1 to 5 tranches</source>
        <translation>nécessite 1 à 5 tranches</translation>
    </message>
    <message>
        <source>must differ from the other tranches&apos; names (same as tranche %1)</source>
        <translation>doit différer des noms des autres tranches (identique à la tranche %1)</translation>
    </message>
    <message>
        <source>has an unknown sizing mode</source>
        <translation>a un mode de dimensionnement inconnu</translation>
    </message>
    <message>
        <source>needs collateral and the cash waterfall</source>
        <translation>nécessite des sûretés et la cascade de trésorerie</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>figure deux fois</translation>
    </message>
    <message>
        <source>must be 0 unless the tax depreciation is MACRS 5-year</source>
        <translation>doit être 0 sauf si l&apos;amortissement fiscal est MACRS 5 ans</translation>
    </message>
    <message>
        <source>a sculpted loan needs positive CFADS in the tenor; there is none</source>
        <translation>un prêt sculpté nécessite un CFADS positif pendant la durée ; il n&apos;y en a aucun</translation>
    </message>
    <message>
        <source>the debt is larger than the capex it funds (the draws would be %1 times the capex)</source>
        <translation>la dette dépasse le capex qu&apos;elle finance (les tirages vaudraient %1 fois le capex)</translation>
    </message>
    <message>
        <source>the target must be a number</source>
        <translation>la cible doit être un nombre</translation>
    </message>
    <message>
        <source>the Monte Carlo needs at least one path</source>
        <translation>le Monte Carlo nécessite au moins une trajectoire</translation>
    </message>
    <message>
        <source>the deal has no offtake contracts</source>
        <translation>l&apos;opération n&apos;a aucun contrat d&apos;offtake</translation>
    </message>
    <message>
        <source>there is no offtake row %1</source>
        <translation>il n&apos;y a pas de ligne d&apos;offtake %1</translation>
    </message>
    <message>
        <source>the lowest contract price tried must be above 0</source>
        <translation>le prix contractuel le plus bas essayé doit être supérieur à 0</translation>
    </message>
    <message>
        <source>the deal has no hedges</source>
        <translation>l&apos;opération n&apos;a aucune couverture</translation>
    </message>
    <message>
        <source>there is no hedge row %1</source>
        <translation>il n&apos;y a pas de ligne de couverture %1</translation>
    </message>
    <message>
        <source>a strike cannot be negative</source>
        <translation>un prix d&apos;exercice ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the deal has no capex for a debt to fund</source>
        <translation>l&apos;opération n&apos;a aucun capex à financer par une dette</translation>
    </message>
    <message>
        <source>the smallest debt tried must be above 0</source>
        <translation>la plus petite dette essayée doit être supérieure à 0</translation>
    </message>
    <message>
        <source>the lower end of the range must be below its upper end</source>
        <translation>la borne inférieure de la plage doit être inférieure à sa borne supérieure</translation>
    </message>
    <message>
        <source>the solver failed (%1)</source>
        <translation>le solveur a échoué (%1)</translation>
    </message>
    <message>
        <source>is too long for a workbook cell (%1 characters, at most %2)</source>
        <translation>est trop long pour une cellule du classeur (%1 caractères, au plus %2)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>is not a field of a deal file</source>
        <translation>n&apos;est pas un champ d&apos;un fichier d&apos;opération</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>Capex row %1</source>
        <translation>Capex, ligne %1</translation>
    </message>
    <message>
        <source>Offtake row %1</source>
        <translation>Offtake, ligne %1</translation>
    </message>
    <message>
        <source>Hedges row %1</source>
        <translation>Couvertures, ligne %1</translation>
    </message>
    <message>
        <source>Tranche row %1</source>
        <translation>Tranche, ligne %1</translation>
    </message>
    <message>
        <source>%1 runs to %2, past the model&apos;s last month %3: the months after it are cut off</source>
        <translation>%1 court jusqu&apos;à %2, au-delà du dernier mois du modèle %3 : les mois suivants sont coupés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>metric of tranche</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: the flows have several IRRs; the one closest to 0 is shown</source>
        <translation>%1 : les flux ont plusieurs TRI ; celui le plus proche de 0 est affiché</translation>
    </message>
    <message>
        <source>The debt sizing did not converge in %1 rounds; the last round is shown</source>
        <translation>Le dimensionnement de la dette n&apos;a pas convergé en %1 itérations ; la dernière est affichée</translation>
    </message>
    <message>
        <source>Sculpted debt service falls below interest in some months (negative principal)</source>
        <translation>Le service de la dette sculpté est inférieur aux intérêts certains mois (principal négatif)</translation>
    </message>
    <message>
        <source>The waterfall&apos;s accounts do not balance (internal error)</source>
        <translation>Les comptes de la cascade ne s&apos;équilibrent pas (erreur interne)</translation>
    </message>
    <message>
        <source>moves only the Monte Carlo (offtaker defaults)</source>
        <translation>n&apos;agit que sur le Monte Carlo (défauts des acheteurs)</translation>
    </message>
    <message>
        <source>the deal has no credit block: no effect</source>
        <translation>l&apos;opération n&apos;a pas de bloc crédit : aucun effet</translation>
    </message>
    <message>
        <source>the deal has no offtake contracts: no effect</source>
        <translation>l&apos;opération n&apos;a aucun contrat d&apos;offtake : aucun effet</translation>
    </message>
    <message>
        <source>the deal has no capex rows: no effect</source>
        <translation>l&apos;opération n&apos;a aucune ligne de capex : aucun effet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: problem</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::BaseCurveModel</name>
    <message>
        <source>curve year</source>
        <translation>année de courbe</translation>
    </message>
    <message>
        <source>Base rate (%)</source>
        <translation>Taux de référence (%)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::CapexModel</name>
    <message>
        <source>capex line</source>
        <translation>ligne de capex</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Spend (period: share)</source>
        <translation>Décaissement (période&#xa0;: part)</translation>
    </message>
    <message>
        <source>Life (months)</source>
        <translation>Durée de vie (mois)</translation>
    </message>
    <message>
        <source>Residual (%)</source>
        <translation>Valeur résiduelle (%)</translation>
    </message>
    <message>
        <source>Unit cost (%1)</source>
        <comment>currency</comment>
        <translation>Coût unitaire (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <comment>currency</comment>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>New line: set the unit cost</source>
        <translation>Nouvelle ligne : saisir le coût unitaire</translation>
    </message>
</context>
<context>
    <name>gds::ui::CellDelegate</name>
    <message>
        <source>%1, row %2: &quot;%3&quot; is not a valid entry; the value was not changed</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une saisie valide&#x202f;; la valeur n&apos;a pas été modifiée</translation>
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
        <translation>Emplois &amp;&amp; ressources</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Debt &amp;&amp; DSCR</source>
        <translation>Dette &amp;&amp; DSCR</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG or SVG</source>
        <translation>Enregistrer le graphique affiché en PNG ou SVG</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>Intérêts intercalaires</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>Dotation initiale du DSRA</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>Dette senior</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contractualisé</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>Règlements de couverture</translation>
    </message>
    <message>
        <source>Lock-up %1x</source>
        <translation>Lock-up %1x</translation>
    </message>
    <message>
        <source>Default %1x</source>
        <translation>Défaut %1x</translation>
    </message>
    <message>
        <source>DSCR (x)</source>
        <translation>DSCR (x)</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>Flux actionnaires</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <source>no such chart</source>
        <translation>graphique inexistant</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Capex by category (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Capex par catégorie (M%1)</translation>
    </message>
    <message>
        <source>Sources and uses (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Emplois et ressources (M%1)</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>axis title: currency symbol, millions</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Revenue stack by quarter (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Composition des revenus par trimestre (M%1)</translation>
    </message>
    <message>
        <source>Equity cash flow and cumulative (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Flux actionnaires et cumul (M%1)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>CFADS, debt service and DSCR by quarter (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>CFADS, service de la dette et DSCR par trimestre (M%1)</translation>
    </message>
    <message>
        <source>CFADS</source>
        <translation>CFADS</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>Service de la dette</translation>
    </message>
    <message>
        <source>DSCR, lowest month (right)</source>
        <translation>DSCR, mois le plus bas (droite)</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>Cascade de trésorerie</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <source>This deal has no cash waterfall: each month&apos;s cash after debt service goes to the equity.
Turn the cash waterfall on in the Financing section to see the lock-up, the sweeps and the trapped cash here.</source>
        <translation>Ce dossier n&apos;a pas de cascade de trésorerie : la trésorerie de chaque mois après service de la dette va aux fonds propres.
Activez la cascade dans la section Financement pour voir ici le lock-up, les sweeps et la trésorerie bloquée.</translation>
    </message>
    <message>
        <source>Cash waterfall by month: where CFADS goes (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Cascade de trésorerie par mois : emploi du CFADS (M%1)</translation>
    </message>
    <message>
        <source>Reserve (DSRA)</source>
        <translation>Réserve (DSRA)</translation>
    </message>
    <message>
        <source>Prepaid (cure, sweeps)</source>
        <translation>Remboursé par anticipation (remède, sweeps)</translation>
    </message>
    <message>
        <source>Held to next test</source>
        <translation>Conservé jusqu&apos;au prochain test</translation>
    </message>
    <message>
        <source>Trapped (lock-up)</source>
        <translation>Bloqué (lock-up)</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Equity support</source>
        <translation>Apport des actionnaires</translation>
    </message>
    <message>
        <source>Historic DSCR (right)</source>
        <translation>DSCR historique (droite)</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Date de test</translation>
    </message>
    <message>
        <source>Lock-up %1x (off)</source>
        <translation>Lock-up %1x (désactivé)</translation>
    </message>
    <message>
        <source>This deal values no collateral.
Turn the collateral on in the Financing section to compare the GPUs&apos; market value with the loan and its maintenance LTV.</source>
        <translation>Ce dossier ne valorise aucune garantie.
Activez les garanties dans la section Financement pour comparer la valeur de marché des GPU au prêt et à son LTV de maintien.</translation>
    </message>
    <message>
        <source>Collateral value against the loan (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>Valeur des garanties face au prêt (M%1)</translation>
    </message>
    <message>
        <source>Collateral market value</source>
        <translation>Valeur de marché des garanties</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>Encours du prêt</translation>
    </message>
    <message>
        <source>Maximum loan: LTV limit %1 x collateral value</source>
        <translation>Prêt maximal : plafond de LTV %1 x valeur des garanties</translation>
    </message>
    <message>
        <source>No maintenance LTV covenant</source>
        <translation>Pas de covenant de LTV de maintien</translation>
    </message>
    <message numerus="yes">
        <source>LTV breach on a test date (%n)</source>
        <translation>
            <numerusform>Dépassement de LTV à une date de test (%n)</numerusform>
            <numerusform>Dépassements de LTV aux dates de test (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gds::ui::ClusterMarketEditor</name>
    <message>
        <source>%/yr</source>
        <translation>%/an</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Financial close</source>
        <translation>Closing financier</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Power per GPU</source>
        <translation>Puissance par GPU</translation>
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
        <translation>Prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Power escalation</source>
        <translation>Indexation de l&apos;électricité</translation>
    </message>
    <message>
        <source>Fixed opex</source>
        <translation>Opex fixes</translation>
    </message>
    <message>
        <source>Opex escalation</source>
        <translation>Indexation des opex</translation>
    </message>
    <message>
        <source>Variable opex</source>
        <translation>Opex variables</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% des revenus</translation>
    </message>
    <message>
        <source>Spot market</source>
        <translation>Marché spot</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Spot price</source>
        <translation>Prix spot</translation>
    </message>
    <message>
        <source>Annual change</source>
        <translation>Variation annuelle</translation>
    </message>
    <message>
        <source>Merchant utilization</source>
        <translation>Taux d&apos;utilisation merchant</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilité</translation>
    </message>
    <message>
        <source>Mean reversion</source>
        <translation>Retour à la moyenne</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/an</translation>
    </message>
    <message>
        <source>%1/kWh</source>
        <comment>currency per kilowatt-hour</comment>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>%1/GPU-month</source>
        <comment>currency per GPU and month</comment>
        <translation>%1/GPU-mois</translation>
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
        <translation>Sûretés</translation>
    </message>
    <message>
        <source>Not modelled</source>
        <translation>Non modélisées</translation>
    </message>
    <message>
        <source>Pledged equipment, valued monthly</source>
        <translation>Équipements nantis, évalués chaque mois</translation>
    </message>
    <message>
        <source>Value decline</source>
        <translation>Baisse de valeur</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>Value floor</source>
        <translation>Valeur plancher</translation>
    </message>
    <message>
        <source>% of cost</source>
        <translation>% du coût</translation>
    </message>
    <message>
        <source>Pledge %1</source>
        <translation>Nantir %1</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Libérer %1</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Nantis</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>Base de valeur</translation>
    </message>
    <message>
        <source>Cost less the decline</source>
        <translation>Coût diminué de la baisse</translation>
    </message>
    <message>
        <source>Linked to the spot index</source>
        <translation>Indexée sur l&apos;indice spot</translation>
    </message>
    <message>
        <source>Pledged: %1</source>
        <translation>Nantis : %1</translation>
    </message>
    <message>
        <source>Capex categories pledged</source>
        <translation>Catégories de capex nanties</translation>
    </message>
</context>
<context>
    <name>gds::ui::CompareDialog</name>
    <message>
        <source>Compare structures</source>
        <translation>Comparer les structures</translation>
    </message>
    <message>
        <source>Structures (tick two to six)</source>
        <translation>Structures (en cocher deux à six)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>DSCR</translation>
    </message>
    <message>
        <source>Debt balance</source>
        <translation>Encours de la dette</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Tick two to six structures; the first ticked is the reference for the changes.</source>
        <translation>Cochez deux à six structures&#x202f;; la première cochée sert de référence pour les écarts.</translation>
    </message>
    <message>
        <source>The deal in the editor, with its unsaved edits</source>
        <translation>L&apos;opération dans l&apos;éditeur, avec ses modifications non enregistrées</translation>
    </message>
    <message>
        <source>The deal in the editor has marked fields: fix them first to compare it</source>
        <translation>L&apos;opération dans l&apos;éditeur a des champs signalés&#xa0;: corrigez-les avant de la comparer</translation>
    </message>
    <message>
        <source>%1 (fix the marked fields first)</source>
        <translation>%1 (corrigez d&apos;abord les champs signalés)</translation>
    </message>
    <message>
        <source>%1 – latest (v%2)</source>
        <translation>%1 – dernière (v%2)</translation>
    </message>
    <message>
        <source>%1 · %2 (v%3)</source>
        <translation>%1 · %2 (v%3)</translation>
    </message>
    <message>
        <source>main line</source>
        <translation>ligne principale</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>scénario %1</translation>
    </message>
    <message>
        <source>All versions (%1)</source>
        <translation>Toutes les versions (%1)</translation>
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
        <translation>Impossible de lire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>At most %1 structures at a time: untick one first.</source>
        <translation>%1 structures au plus à la fois&#xa0;: décochez-en d&apos;abord une.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tick %n more structure(s) to compare (two to six).</source>
        <translation>
            <numerusform>Cochez encore %n structure à comparer (deux à six).</numerusform>
            <numerusform>Cochez encore %n structures à comparer (deux à six).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a structure to see what its hedges do.</source>
        <translation>Choisissez une structure pour voir l&apos;effet de ses couvertures.</translation>
    </message>
    <message>
        <source>DSCR with and without hedges</source>
        <translation>DSCR avec et sans couvertures</translation>
    </message>
    <message>
        <source>This structure has no hedges: both columns are the same deal.</source>
        <translation>Cette structure n&apos;a pas de couverture&#xa0;: les deux colonnes montrent la même opération.</translation>
    </message>
    <message numerus="yes">
        <source>The same deal recomputed with its %n hedge(s) removed; everything else unchanged. Changes are against the hedged deal.</source>
        <translation>
            <numerusform>La même opération recalculée sans sa %n couverture&#x202f;; tout le reste inchangé. Écarts par rapport à l&apos;opération couverte.</numerusform>
            <numerusform>La même opération recalculée sans ses %n couvertures&#x202f;; tout le reste inchangé. Écarts par rapport à l&apos;opération couverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>DSCR by month</source>
        <translation>DSCR par mois</translation>
    </message>
    <message>
        <source>Debt balance by month</source>
        <translation>Encours de la dette par mois</translation>
    </message>
    <message>
        <source>DSCR (x)</source>
        <translation>DSCR (x)</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>DSCR (x), axis capped at 5x</source>
        <translation>DSCR (x), axe plafonné à 5x</translation>
    </message>
    <message>
        <source>Tick at least two structures to compare.</source>
        <translation>Cochez au moins deux structures à comparer.</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>La comparaison n&apos;a pas été exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, papier A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, papier US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Comparison exported to %1</source>
        <translation>Comparaison exportée dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n structures; the first ticked is the reference for the changes.</source>
        <translation>
            <numerusform>%n structure&#xa0;; la première cochée sert de référence pour les écarts.</numerusform>
            <numerusform>%n structures&#xa0;; la première cochée sert de référence pour les écarts.</numerusform>
        </translation>
    </message>
    <message>
        <source>With hedges</source>
        <translation>Avec couvertures</translation>
    </message>
    <message>
        <source>Without hedges</source>
        <translation>Sans couvertures</translation>
    </message>
    <message>
        <source>Compare structures: %1</source>
        <translation>Comparer les structures : %1</translation>
    </message>
    <message>
        <source>its hedges</source>
        <translation>ses couvertures</translation>
    </message>
    <message>
        <source>its cash waterfall</source>
        <translation>sa cascade de trésorerie</translation>
    </message>
    <message>
        <source>What the second column removes from the structure, everything else unchanged</source>
        <translation>Ce que la deuxième colonne retire de la structure, tout le reste inchangé</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <source>&amp;Without:</source>
        <translation>&amp;Sans :</translation>
    </message>
    <message>
        <source>With and without</source>
        <translation>Avec et sans</translation>
    </message>
    <message>
        <source>DSCR with and without the cash waterfall</source>
        <translation>DSCR avec et sans cascade de trésorerie</translation>
    </message>
    <message>
        <source>Pick a structure to see what its cash waterfall does.</source>
        <translation>Choisissez une structure pour voir l&apos;effet de sa cascade de trésorerie.</translation>
    </message>
    <message>
        <source>With the waterfall</source>
        <translation>Avec la cascade</translation>
    </message>
    <message>
        <source>Without the waterfall</source>
        <translation>Sans la cascade</translation>
    </message>
    <message>
        <source>This structure has no cash waterfall: both columns are the same deal.</source>
        <translation>Cette structure n&apos;a pas de cascade de trésorerie : les deux colonnes sont la même opération.</translation>
    </message>
    <message>
        <source>The same deal recomputed without its cash waterfall (no accounts, tests, lock-up, cure or sweeps); everything else unchanged.</source>
        <translation>La même opération recalculée sans sa cascade de trésorerie (ni comptes, ni tests, ni lock-up, ni correction, ni balayages) ; tout le reste inchangé.</translation>
    </message>
</context>
<context>
    <name>gds::ui::CompareModel</name>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>%1 ne peut pas être calculé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
The reference: other columns show their change against it</source>
        <translation>%1
La référence&#xa0;: les autres colonnes indiquent leur écart par rapport à elle</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé = meilleur</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas = meilleur</translation>
    </message>
    <message>
        <source>Neutral: no best marked</source>
        <translation>Neutre&#xa0;: aucun meilleur signalé</translation>
    </message>
    <message>
        <source>%1
(not computable)</source>
        <translation>%1
(non calculable)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <comment>a delta against the first structure</comment>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <source>Best of the compared structures</source>
        <translation>Meilleure des structures comparées</translation>
    </message>
    <message>
        <source>Tranche %1: lender yield</source>
        <translation>Tranche %1 : rendement prêteur</translation>
    </message>
    <message>
        <source>Tranche %1: amount</source>
        <translation>Tranche %1 : montant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>gds::ui::ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Se connecter à un espace d&apos;équipe</translation>
    </message>
    <message>
        <source>A team workspace is a deal book on a PostgreSQL server that your team shares. Paste the connection string you were given, or fill in the fields.</source>
        <translation>Un espace d&apos;équipe est un portefeuille de deals sur un serveur PostgreSQL partagé par votre équipe. Collez la chaîne de connexion qui vous a été fournie ou remplissez les champs.</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>Chaîne de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Hôte ou dossier du socket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Par défaut (prefer)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: use it over a network</source>
        <translation>verify-full vérifie le certificat et le nom du serveur&#xa0;: à utiliser sur un réseau</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a settings file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>No system keyring is reachable: the password is not stored anywhere and will be asked each time you connect.</source>
        <translation>Aucun trousseau du système n&apos;est accessible&#xa0;: le mot de passe n&apos;est enregistré nulle part et sera demandé à chaque connexion.</translation>
    </message>
</context>
<context>
    <name>gds::ui::CreditEditor</name>
    <message>
        <source>Offtaker credit (Monte Carlo)</source>
        <translation>Crédit des preneurs (Monte Carlo)</translation>
    </message>
    <message>
        <source>Offtaker defaults</source>
        <translation>Défauts des preneurs</translation>
    </message>
    <message>
        <source>Not modelled</source>
        <translation>Non modélisés</translation>
    </message>
    <message>
        <source>Modelled (one-factor Gaussian copula)</source>
        <translation>Modélisés (copule gaussienne à un facteur)</translation>
    </message>
    <message>
        <source>Default probability %1</source>
        <translation>Probabilité de défaut %1</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>Annual default probability of a %1-rated offtaker; the format&apos;s default is %2 % (S&amp;P long-run one-year rate, floored at 0.03 %)</source>
        <translation>Probabilité de défaut annuelle d&apos;un preneur noté %1 ; la valeur par défaut du format est %2 % (taux à un an de long terme de S&amp;P, plancher de 0,03 %)</translation>
    </message>
    <message>
        <source>%1 (default %2 %)</source>
        <translation>%1 (par défaut %2 %)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <source>Remarketing</source>
        <translation>Recommercialisation</translation>
    </message>
    <message>
        <source>months idle</source>
        <translation>mois d&apos;inactivité</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Taux de recouvrement</translation>
    </message>
    <message>
        <source>% of the lost contract value</source>
        <translation>% de la valeur de contrat perdue</translation>
    </message>
</context>
<context>
    <name>gds::ui::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV for spreadsheets, %1 format (*.csv)</source>
        <translation>CSV pour tableurs, format %1 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for machines, locale-independent (*.csv)</source>
        <translation>CSV pour machines, indépendant des paramètres régionaux (*.csv)</translation>
    </message>
</context>
<context>
    <name>gds::ui::DealEditor</name>
    <message>
        <source>Cluster &amp;&amp; market</source>
        <translation>Cluster &amp;&amp; marché</translation>
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
        <translation>Couvertures</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Spend: model period and share of the line&apos;s cost, e.g. &quot;0: 30 %; 2: 70 %&quot; (period 0 is financial close).</source>
        <translation>Décaissement&#xa0;: période du modèle et part du coût de la ligne, p. ex. «&#xa0;0: 30 %; 2: 70 %&#xa0;» (la période 0 est le closing financier).</translation>
    </message>
    <message>
        <source>Take-or-pay contracts; start is a model period (the first operating period is construction months + 1).</source>
        <translation>Contrats take-or-pay&#x202f;; le début est une période du modèle (la première période d&apos;exploitation = mois de construction + 1).</translation>
    </message>
    <message>
        <source>The operator receives the strike and pays the index. A futures contract is about one GPU for one month (730 GPU-hours).</source>
        <translation>L&apos;exploitant reçoit le strike et paie l&apos;indice. Un contrat futures correspond à environ un GPU pendant un mois (730 heures-GPU).</translation>
    </message>
    <message>
        <source>This section has problems; hover the marked fields</source>
        <translation>Cette section comporte des erreurs&#x202f;; survolez les champs signalés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: problem</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <comment>section, row: problem</comment>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <comment>section, row, field: problem</comment>
        <translation>%1 ligne %2, %3 : %4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>section, field: problem</comment>
        <translation>%1, %2 : %3</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>Computed, read-only</source>
        <translation>Calculé, en lecture seule</translation>
    </message>
    <message>
        <source>Edit %1 %2: %3</source>
        <translation>Modifier %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <translation>Dupliquer %1 %2</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>Supprimer %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>Déplacer %1 %2</translation>
    </message>
    <message>
        <source>nothing to paste</source>
        <translation>rien à coller</translation>
    </message>
    <message>
        <source>row %1, %2: cannot read &quot;%3&quot;</source>
        <translation>ligne %1, %2&#xa0;: impossible de lire «&#xa0;%3&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::FinancingEditor</name>
    <message>
        <source>Debt sizing and repayment</source>
        <translation>Dimensionnement et remboursement de la dette</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionnement</translation>
    </message>
    <message>
        <source>Target DSCR, capped by LTV</source>
        <translation>DSCR cible, plafonné par la LTV</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Target DSCR</source>
        <translation>DSCR cible</translation>
    </message>
    <message>
        <source>Max LTV</source>
        <translation>LTV max.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil d&apos;amortissement</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Taux d&apos;intérêt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Rate type</source>
        <translation>Type de taux</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>Taux fixe</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Base rate kind</source>
        <translation>Type de taux de référence</translation>
    </message>
    <message>
        <source>Flat base rate</source>
        <translation>Taux de référence constant</translation>
    </message>
    <message>
        <source>Base-rate curve (one rate a year)</source>
        <translation>Courbe de taux de référence (un taux par an)</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Taux de référence</translation>
    </message>
    <message>
        <source>Base curve</source>
        <translation>Courbe de référence</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin kind</source>
        <translation>Type de marge</translation>
    </message>
    <message>
        <source>Flat margin</source>
        <translation>Marge constante</translation>
    </message>
    <message>
        <source>Margin grid by coverage</source>
        <translation>Grille de marge selon la couverture</translation>
    </message>
    <message>
        <source>Margin grid</source>
        <translation>Grille de marge</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>Base de calcul des intérêts</translation>
    </message>
    <message>
        <source>Fees, reserve and covenants</source>
        <translation>Commissions, réserve et covenants</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>Commission de mise en place</translation>
    </message>
    <message>
        <source>% of debt</source>
        <translation>% de la dette</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Commission d&apos;engagement</translation>
    </message>
    <message>
        <source>% p.a. on undrawn</source>
        <translation>% par an sur le non-tiré</translation>
    </message>
    <message>
        <source>DSRA</source>
        <translation>DSRA</translation>
    </message>
    <message>
        <source>months of DS</source>
        <translation>mois de service de la dette</translation>
    </message>
    <message>
        <source>Lock-up DSCR</source>
        <translation>DSCR de lock-up</translation>
    </message>
    <message>
        <source>Default DSCR</source>
        <translation>DSCR de défaut</translation>
    </message>
    <message>
        <source>Equity and tax</source>
        <translation>Fonds propres et impôt</translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation>Coût des fonds propres</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux d&apos;imposition</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>One rate for the facility</source>
        <translation>Un taux pour la facilité</translation>
    </message>
    <message>
        <source>Tranches, each with its rate</source>
        <translation>Tranches, chacune à son taux</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Margin by offtaker rating</source>
        <translation>Marge selon la notation du preneur</translation>
    </message>
    <message>
        <source>Margin by rating</source>
        <translation>Marge par notation</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Amortissement fiscal</translation>
    </message>
    <message>
        <source>Straight line over the useful life</source>
        <translation>Linéaire sur la durée d&apos;utilité</translation>
    </message>
    <message>
        <source>MACRS 5-year (US)</source>
        <translation>MACRS 5 ans (États-Unis)</translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation>Amortissement bonus</translation>
    </message>
    <message>
        <source>% in year 1</source>
        <translation>% la 1re année</translation>
    </message>
    <message>
        <source>NOL limit</source>
        <translation>Plafond des reports déficitaires</translation>
    </message>
    <message>
        <source>% of taxable income</source>
        <translation>% du revenu imposable</translation>
    </message>
    <message>
        <source>Selected tranche</source>
        <translation>Tranche sélectionnée</translation>
    </message>
    <message>
        <source>%1: its base and margin grid below (select a row above to edit another tranche)</source>
        <translation>%1 : son taux de base et sa grille de marge ci-dessous (sélectionnez une ligne ci-dessus pour modifier une autre tranche)</translation>
    </message>
</context>
<context>
    <name>gds::ui::FormBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 takes a number: &quot;%2&quot; cannot be part of it</source>
        <translation>%1 attend un nombre : « %2 » ne peut pas en faire partie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::GoalSeekPanel</name>
    <message>
        <source>Min DSCR</source>
        <translation>DSCR min.</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TRI actionnaires</translation>
    </message>
    <message>
        <source>P90 min DSCR (Monte Carlo)</source>
        <translation>DSCR min. P90 (Monte-Carlo)</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>Prix contractuel</translation>
    </message>
    <message>
        <source>Hedge strike</source>
        <translation>Strike de couverture</translation>
    </message>
    <message>
        <source>Debt amount (largest)</source>
        <translation>Montant de la dette (maximal)</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Keep the debt amount</source>
        <translation>Conserver le montant de la dette</translation>
    </message>
    <message>
        <source>Keep the base case&apos;s debt while the price or strike moves; otherwise a DSCR-sized loan resizes and its min DSCR stays near the sizing target</source>
        <translation>Conserver la dette du cas de base pendant que le prix ou le strike varie&#x202f;; sinon un prêt dimensionné sur le DSCR est redimensionné et son DSCR min. reste proche de la cible de dimensionnement</translation>
    </message>
    <message>
        <source>Paths / seed</source>
        <translation>Trajectoires / graine</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Apply to deal</source>
        <translation>Appliquer à l&apos;opération</translation>
    </message>
    <message>
        <source>Put the solved value into the deal (one undo step)</source>
        <translation>Reporter la valeur résolue dans l&apos;opération (une étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>Résoudre pour</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Solved value</source>
        <translation>Valeur résolue</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Deal as it is</source>
        <translation>Opération telle quelle</translation>
    </message>
    <message>
        <source>Binding constraint</source>
        <translation>Contrainte active</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>All contracts (one scale)</source>
        <translation>Tous les contrats (un seul facteur)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>n° %1 %2 (%3)</translation>
    </message>
    <message>
        <source>#%1 %2, strike %3</source>
        <translation>n° %1 %2, strike %3</translation>
    </message>
    <message>
        <source>(the deal has no hedges)</source>
        <translation>(l&apos;opération n&apos;a pas de couverture)</translation>
    </message>
    <message>
        <source>the target min DSCR</source>
        <translation>le DSCR min. cible</translation>
    </message>
    <message>
        <source>the target equity IRR</source>
        <translation>le TRI actionnaires cible</translation>
    </message>
    <message>
        <source>the target P90 min DSCR</source>
        <translation>le DSCR min. P90 cible</translation>
    </message>
    <message>
        <source>the capex limit (the debt cannot exceed the capex it funds)</source>
        <translation>la limite de capex (la dette ne peut dépasser le capex qu&apos;elle finance)</translation>
    </message>
    <message>
        <source>the LTV cap</source>
        <translation>le plafond de LTV</translation>
    </message>
    <message>
        <source>× %1 on the contract price</source>
        <translation>× %1 sur le prix contractuel</translation>
    </message>
    <message>
        <source>strike %1/GPU-h</source>
        <translation>strike %1/GPU-h</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>dette %1</translation>
    </message>
    <message>
        <source>The deal is not valid, nothing was solved: %1</source>
        <translation>L&apos;opération n&apos;est pas valide, rien n&apos;a été résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>Cannot solve: %1</source>
        <translation>Résolution impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Goal seek: %1</source>
        <translation>Valeur cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>× %1 on the contract price = %2/GPU-h</source>
        <translation>× %1 sur le prix contractuel = %2/GPU-h</translation>
    </message>
    <message>
        <source>P(default) at most (Monte Carlo)</source>
        <translation>P(défaut) au plus (Monte Carlo)</translation>
    </message>
    <message>
        <source>the target P(default)</source>
        <translation>la P(défaut) cible</translation>
    </message>
    <message>
        <source>The answer is rounded to this step (the index quotes prices to 0.0001 per GPU-hour); the metric shown is the one at the rounded value</source>
        <translation>La réponse est arrondie à ce pas (l’indice cote les prix à 0,0001 par GPU-heure) ; l’indicateur affiché est celui de la valeur arrondie</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Arrondir à</translation>
    </message>
    <message>
        <source>contract price</source>
        <translation>prix contractuel</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>strike</translation>
    </message>
    <message>
        <source>debt amount</source>
        <translation>montant de la dette</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of values</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 per GPU-hour</source>
        <translation>%1 par GPU-heure</translation>
    </message>
    <message>
        <source>Fixed amount %1</source>
        <translation>Montant fixe %1</translation>
    </message>
    <message>
        <source>Target DSCR %1, capped by LTV %2</source>
        <translation>DSCR cible %1, plafonné par un LTV de %2</translation>
    </message>
    <message>
        <source>%1 at the rounded value (target %2)</source>
        <translation>%1 à la valeur arrondie (cible %2)</translation>
    </message>
    <message>
        <source>Rounded to the %1 tick from the solver&apos;s %2; searched %3.</source>
        <translation>Arrondi au pas de %1 à partir de la valeur du solveur %2 ; plage explorée : %3.</translation>
    </message>
    <message>
        <source>At the rounded value the target is missed by a hair.</source>
        <translation>À la valeur arrondie, la cible est manquée de justesse.</translation>
    </message>
    <message>
        <source>Met at every %1 in the range: not binding</source>
        <translation>Atteinte pour tout %1 de la plage : non contraignante</translation>
    </message>
    <message>
        <source>at least %1 over the range (target %2)</source>
        <translation>au moins %1 sur toute la plage (cible %2)</translation>
    </message>
    <message>
        <source>The %1 is at least %2 at every %3 from %4; the target %5 does not bind.</source>
        <translation>Le %1 est d’au moins %2 pour tout %3 de %4 ; la cible %5 n’est pas contraignante.</translation>
    </message>
    <message>
        <source>Not reached at any %1 in the range</source>
        <translation>Atteinte pour aucun %1 de la plage</translation>
    </message>
    <message>
        <source>at most %1, at %2 (target %3)</source>
        <translation>au plus %1, à %2 (cible %3)</translation>
    </message>
    <message>
        <source>The %1 stays below the target %2 at every %3 from %4.</source>
        <translation>Le %1 reste sous la cible %2 pour tout %3 de %4.</translation>
    </message>
    <message>
        <source>The loan is resized at its target DSCR as the input moves; tick &quot;Keep the debt amount&quot; to hold it.</source>
        <translation>Le prêt est redimensionné à son DSCR cible quand l’entrée varie ; cochez « Conserver le montant de la dette » pour le figer.</translation>
    </message>
    <message>
        <source>none: the target holds across the range</source>
        <translation>aucune : la cible est tenue sur toute la plage</translation>
    </message>
    <message>
        <source>%1 solver iterations, %2 recomputes</source>
        <translation>%1 itérations du solveur, %2 recalculs</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency and price per GPU-hour</comment>
        <translation>%1/GPU-h</translation>
    </message>
    <message>
        <source>Offtake row %1, price %2 (was %3)</source>
        <translation>Offtake ligne %1, prix %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>Hedge %1, strike %2 (was %3)</source>
        <translation>Couverture %1, strike %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>Financing, sizing: %1 (was %2)</source>
        <translation>Financement, dimensionnement : %1 (auparavant %2)</translation>
    </message>
    <message>
        <source>Apply the goal seek</source>
        <translation>Appliquer la recherche de valeur cible</translation>
    </message>
    <message>
        <source>The answer was solved with the debt held at the base case&apos;s amount. Applied as solved it also changes the sizing:
%1</source>
        <translation>La réponse a été obtenue avec la dette figée au montant du cas de base. Appliquée telle quelle, elle modifie aussi le dimensionnement :
%1</translation>
    </message>
    <message>
        <source>Change only the %1 and the loan is sized as before (on its target DSCR), so its metrics differ from the answer.</source>
        <translation>Si seul le %1 change, le prêt est dimensionné comme avant (sur son DSCR cible) et ses indicateurs diffèrent de la réponse.</translation>
    </message>
    <message>
        <source>Apply with the fixed debt</source>
        <translation>Appliquer avec la dette fixe</translation>
    </message>
    <message>
        <source>Change only the %1</source>
        <translation>Modifier seulement le %1</translation>
    </message>
    <message>
        <source>Applied to the deal: %1</source>
        <translation>Appliqué à l’opération : %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::HedgeModel</name>
    <message>
        <source>hedge</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start (period)</source>
        <translation>Début (période)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Monthly futures equiv. (contracts/month × months)</source>
        <translation>Équivalent futures mensuel (contrats/mois × mois)</translation>
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
        <translation>Prime (%1/GPU-h)</translation>
    </message>
    <message>
        <source>Initial margin (%1/GPU)</source>
        <comment>currency</comment>
        <translation>Dépôt de garantie initial (%1/GPU)</translation>
    </message>
    <message>
        <source>Fee (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>Commission (%1/GPU-h)</translation>
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
        <translation>Ouvrir l&apos;opération</translation>
    </message>
    <message>
        <source>Open version</source>
        <translation>Ouvrir la version</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Period table</source>
        <translation>Tableau des périodes</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problème</numerusform>
            <numerusform>⚠ %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Ligne principale</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Open deal file</source>
        <translation>Ouvrir un fichier d&apos;opération</translation>
    </message>
    <message>
        <source>%1 was not loaded:
%2</source>
        <translation>%1 n&apos;a pas été chargé&#xa0;:
%2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Export deal</source>
        <translation>Exporter l&apos;opération</translation>
    </message>
    <message>
        <source>Deal exported to %1</source>
        <translation>Opération exportée dans %1</translation>
    </message>
    <message>
        <source>not saved in a workspace</source>
        <translation>non enregistrée dans un espace de travail</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: the deal has %n marked field(s). Fix the marked fields first.</source>
        <translation>
            <numerusform>Rien n&apos;a été exporté&#xa0;: l&apos;opération a %n champ signalé. Corrigez d&apos;abord les champs signalés.</numerusform>
            <numerusform>Rien n&apos;a été exporté&#xa0;: l&apos;opération a %n champs signalés. Corrigez d&apos;abord les champs signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the deal cannot be computed yet.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: l&apos;opération ne peut pas encore être calculée.</translation>
    </message>
    <message>
        <source>Export term sheet</source>
        <translation>Exporter le term sheet</translation>
    </message>
    <message>
        <source>The term sheet was not exported: %1</source>
        <translation>Le term sheet n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Term sheet exported to %1</source>
        <translation>Term sheet exporté dans %1</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>The workbook was not exported: %1</source>
        <translation>Le classeur n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model exported to %1</source>
        <translation>Modèle exporté dans %1</translation>
    </message>
    <message>
        <source>Export period table</source>
        <translation>Exporter le tableau des périodes</translation>
    </message>
    <message>
        <source>The period table was not exported: %1</source>
        <translation>Le tableau des périodes n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period table exported to %1</source>
        <translation>Tableau des périodes exporté dans %1</translation>
    </message>
    <message>
        <source>%1 · in the editor (%2)</source>
        <translation>%1 · dans l&apos;éditeur (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nouvelle opération…</translation>
    </message>
    <message>
        <source>&amp;Open deal file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;opération…</translation>
    </message>
    <message>
        <source>&amp;Import deal file into workspace…</source>
        <translation>&amp;Importer un fichier d&apos;opération dans l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Deal as &amp;JSON…</source>
        <translation>Opération en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Term sheet (PDF)…</source>
        <translation>&amp;Term sheet (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Model (XLSX)…</source>
        <translation>&amp;Modèle (XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Period table (CSV)…</source>
        <translation>Tableau des &amp;périodes (CSV)…</translation>
    </message>
    <message>
        <source>Visible c&amp;hart as PNG/SVG…</source>
        <translation>&amp;Graphique affiché en PNG/SVG…</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Enregistrer une version…</translation>
    </message>
    <message>
        <source>New scenario from current deal…</source>
        <translation>Nouveau scénario à partir de l&apos;opération…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>Ouvrir un espace de &amp;travail…</translation>
    </message>
    <message>
        <source>New wor&amp;kspace…</source>
        <translation>Nouvel espace de tra&amp;vail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>D&amp;uplicate row</source>
        <translation>D&amp;upliquer la ligne</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Move row u&amp;p</source>
        <translation>Monter la &amp;ligne</translation>
    </message>
    <message>
        <source>Move row do&amp;wn</source>
        <translation>Descendre la lig&amp;ne</translation>
    </message>
    <message>
        <source>Rows: go to the Capex, Offtake or Hedges tab first</source>
        <translation>Lignes&#xa0;: passez d&apos;abord à l&apos;onglet Capex, Offtake ou Couvertures</translation>
    </message>
    <message>
        <source>Copy cells (Ctrl+C) and paste rows from a spreadsheet (Ctrl+V) in any table</source>
        <translation>Copier des cellules (Ctrl+C) et coller des lignes d&apos;un tableur (Ctrl+V) dans tout tableau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Cluster &amp;&amp; market</source>
        <translation>Cluster &amp;&amp; marché</translation>
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
        <translation>Couvertures</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Period table</source>
        <translation>Tableau des &amp;périodes</translation>
    </message>
    <message>
        <source>Period table &amp;by</source>
        <translation>Tableau des périodes &amp;par</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>&amp;Trimestres</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Années</translation>
    </message>
    <message>
        <source>C&amp;ompare structures…</source>
        <translation>C&amp;omparer les structures…</translation>
    </message>
    <message>
        <source>&amp;Workspace browser</source>
        <translation>Navigateur de l&apos;espace de &amp;travail</translation>
    </message>
    <message>
        <source>&amp;Find deal</source>
        <translation>&amp;Rechercher une opération</translation>
    </message>
    <message>
        <source>&amp;Metrics panel</source>
        <translation>Panneau des &amp;indicateurs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About GPU Deal Studio</source>
        <translation>À &amp;propos de GPU Deal Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> Scénario </translation>
    </message>
    <message>
        <source>Switch between the main line and the scenarios of this deal</source>
        <translation>Basculer entre la ligne principale et les scénarios de cette opération</translation>
    </message>
    <message>
        <source>Switch scenario</source>
        <translation>Changer de scénario</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle opération</translation>
    </message>
    <message>
        <source>Name of the deal:</source>
        <translation>Nom de l&apos;opération&#xa0;:</translation>
    </message>
    <message>
        <source>New GPU cluster deal</source>
        <translation>Nouvelle opération de cluster GPU</translation>
    </message>
    <message>
        <source>Note for this version (what changed):</source>
        <translation>Note pour cette version (ce qui a changé)&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario name (e.g. &quot;hedged&quot;, &quot;48-month tenor&quot;):</source>
        <translation>Nom du scénario (p. ex. «&#xa0;couvert&#xa0;», «&#xa0;maturité 48 mois&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Import deal file</source>
        <translation>Importer un fichier d&apos;opération</translation>
    </message>
    <message>
        <source>Deal files (*.json *.gpudeal);;All files (*)</source>
        <translation>Fichiers d&apos;opération (*.json *.gpudeal);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 imported into the workspace</source>
        <translation>%1 importé dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Deal files (*.json)</source>
        <translation>Fichiers d&apos;opération (*.json)</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, papier A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, papier US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite)</source>
        <translation>Espaces de travail (*.sqlite *.gpudeal.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)</source>
        <translation>Espaces de travail (*.sqlite *.gpudeal.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existe déjà&#x202f;; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>About GPU Deal Studio</source>
        <translation>À propos de GPU Deal Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GPU Deal Studio %1&lt;/h3&gt;&lt;p&gt;Build a GPU cluster financing deal – capex, offtake contracts, hedges on the GPU-hour index, senior debt – and see live what each contract and hedge does to debt capacity, cost of capital and downside risk.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPU Deal Studio %1&lt;/h3&gt;&lt;p&gt;Structurez le financement d&apos;un cluster GPU – capex, contrats d&apos;offtake, couvertures sur l&apos;indice de l&apos;heure-GPU, dette senior – et voyez en direct l&apos;effet de chaque contrat et de chaque couverture sur la capacité d&apos;endettement, le coût du capital et le risque baissier.&lt;/p&gt;&lt;p&gt;Espace de travail&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;In tables: type or F2 to edit, Enter to accept, Esc to cancel, Tab to move; Ctrl+C copies cells, Ctrl+V pastes rows copied from a spreadsheet.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Dans les tableaux&#xa0;: tapez ou F2 pour modifier, Entrée pour valider, Échap pour annuler, Tab pour avancer&#x202f;; Ctrl+C copie les cellules, Ctrl+V colle des lignes copiées d&apos;un tableur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>%1

The deal editor works, but versions and autosave are off.</source>
        <translation>%1

L&apos;éditeur fonctionne, mais les versions et l&apos;enregistrement automatique sont désactivés.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
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
        <translation>%1 · modifications non enregistrées (sauvegarde auto.)</translation>
    </message>
    <message>
        <source>%1 + unsaved edits</source>
        <comment>version, e.g. v3 · main line</comment>
        <translation>%1 + modifications non enregistrées</translation>
    </message>
    <message>
        <source>The problems that keep the deal from computing; pick one to go to its field</source>
        <translation>Les problèmes qui empêchent le calcul de l’opération ; choisissez-en un pour aller à son champ</translation>
    </message>
    <message>
        <source>The workspace %1 holds no deal.</source>
        <translation>L’espace de travail %1 ne contient aucune opération.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Analysis in the whole window</source>
        <translation>&amp;Analyse dans toute la fenêtre</translation>
    </message>
    <message>
        <source>&amp;H100 cluster, one senior loan</source>
        <translation>Grappe &amp;H100, un prêt senior</translation>
    </message>
    <message>
        <source>&amp;B200 cluster, notes and DDTL with a cash waterfall (version 2)</source>
        <translation>Grappe &amp;B200, obligations et DDTL avec cascade de trésorerie (version 2)</translation>
    </message>
    <message>
        <source>Sample deal</source>
        <translation>Opération d&apos;exemple</translation>
    </message>
    <message>
        <source>New from sample</source>
        <translation>Nouvelle opération depuis un exemple</translation>
    </message>
    <message>
        <source>New from samp&amp;le</source>
        <translation>Nouvelle opération depuis un e&amp;xemple</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read-only: you can open, compute and export; saving is not allowed for your role</source>
        <translation>Lecture seule&#xa0;: vous pouvez ouvrir, calculer et exporter&#xa0;; l&apos;enregistrement n&apos;est pas autorisé pour votre rôle</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>window title, then the team workspace</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>A newer version (v%1) of this deal was saved.</source>
        <translation>Une version plus récente (v%1) de ce deal a été enregistrée.</translation>
    </message>
    <message>
        <source>A newer version (v%1) of this deal was saved by %2 at %3.</source>
        <translation>Une version plus récente (v%1) de ce deal a été enregistrée par %2 le %3.</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>Se connecter à un espace d&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>&amp;Recent team workspaces</source>
        <translation>Espaces d&apos;équipe &amp;récents</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>Se connecter à un espace d&apos;équipe</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>The password was not stored (%1): it will be asked next time.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré (%1)&#xa0;: il sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Le serveur demande un mot de passe.</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>Le serveur n&apos;a pas accepté le mot de passe.</translation>
    </message>
    <message>
        <source>Open lo&amp;cal workspace</source>
        <translation>Ouvrir l&apos;espace de travail &amp;local</translation>
    </message>
    <message>
        <source>Retr&amp;y connection now</source>
        <translation>Réessayer la &amp;connexion maintenant</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: no password was given.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened; the local workspace is open instead.</source>
        <translation>L&apos;espace d&apos;équipe %1 n&apos;a pas pu être ouvert&#xa0;; l&apos;espace de travail local est ouvert à la place.</translation>
    </message>
    <message>
        <source>To connect again: File &gt; Recent team workspaces.</source>
        <translation>Pour vous reconnecter&#xa0;: Fichier &gt; Espaces d&apos;équipe récents.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened; the local workspace is open instead.</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être ouvert&#xa0;; l&apos;espace de travail local est ouvert à la place.</translation>
    </message>
    <message>
        <source>Edit &gt; Preferences names the default workspace.</source>
        <translation>Édition &gt; Préférences définit l&apos;espace de travail par défaut.</translation>
    </message>
    <message>
        <source>File &gt; Open workspace opens another.</source>
        <translation>Fichier &gt; Ouvrir un espace de travail en ouvre un autre.</translation>
    </message>
    <message>
        <source>Nothing in the local workspace has changed.</source>
        <translation>Rien n&apos;a changé dans l&apos;espace de travail local.</translation>
    </message>
</context>
<context>
    <name>gds::ui::MarginByRatingModel</name>
    <message>
        <source>This rate does not use a margin by rating</source>
        <translation>Ce taux n&apos;utilise pas de marge par notation</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>Marge (%)</translation>
    </message>
    <message>
        <source>Edit margin for %1</source>
        <translation>Modifier la marge pour %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::MarginGridModel</name>
    <message>
        <source>grid step</source>
        <translation>palier de grille</translation>
    </message>
    <message>
        <source>Coverage from (%)</source>
        <translation>Couverture à partir de (%)</translation>
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
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Δ saved</source>
        <translation>Δ enregistré</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Emplois et ressources</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Δ against %1</source>
        <translation>Δ par rapport à %1</translation>
    </message>
    <message>
        <source>Δ: no saved version yet</source>
        <translation>Δ&#xa0;: pas encore de version enregistrée</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>&lt;b&gt;STALE&lt;/b&gt; – last valid results shown. %1</source>
        <translation>&lt;b&gt;PÉRIMÉ&lt;/b&gt; – derniers résultats valides affichés. %1</translation>
    </message>
    <message>
        <source>Live: every accepted edit recomputes the deal</source>
        <translation>En direct&#xa0;: chaque modification validée recalcule l&apos;opération</translation>
    </message>
    <message>
        <source>Covenants: lock-up %1x, default %2x</source>
        <translation>Covenants&#xa0;: lock-up %1x, défaut %2x</translation>
    </message>
    <message>
        <source>Levelized cost of compute per sellable GPU-hour, against the contract prices %1</source>
        <translation>Coût actualisé du calcul par heure-GPU vendable, comparé aux prix contractuels %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Uses: capex</source>
        <translation>Emplois&#xa0;: capex</translation>
    </message>
    <message>
        <source>Uses: capitalized interest</source>
        <translation>Emplois&#xa0;: intérêts intercalaires</translation>
    </message>
    <message>
        <source>Uses: fees</source>
        <translation>Emplois&#xa0;: commissions</translation>
    </message>
    <message>
        <source>Uses: initial DSRA</source>
        <translation>Emplois&#xa0;: dotation initiale du DSRA</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Total des emplois</translation>
    </message>
    <message>
        <source>Sources: senior debt</source>
        <translation>Ressources&#xa0;: dette senior</translation>
    </message>
    <message>
        <source>Sources: equity</source>
        <translation>Ressources&#xa0;: fonds propres</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Total des ressources</translation>
    </message>
    <message>
        <source>Debt share of sources</source>
        <translation>Part de la dette dans les ressources</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <comment>margin (step of the margin grid)</comment>
        <translation>%1 (palier %2)</translation>
    </message>
    <message>
        <source>%1 (cov. %2x)</source>
        <comment>metric (lock-up covenant)</comment>
        <translation>%1 (cov. %2x)</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>LCOC vs the contract prices</comment>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Monte Carlo estimates (engine.md 8) recomputed in the background after every accepted edit, on a fixed seed, with their standard errors; the full run is in the Risk view</source>
        <translation>Estimations Monte Carlo (engine.md 8) recalculées en arrière-plan après chaque modification acceptée, avec une graine fixe, avec leurs erreurs types ; le calcul complet est dans la vue Risques</translation>
    </message>
    <message>
        <source>Downside estimate: computing…</source>
        <translation>Estimation du risque baissier : calcul…</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>Downside estimate (%n paths, fixed seed): P90 min DSCR ≈ %1, P(default) ≈ %2%3</source>
        <translation>
            <numerusform>Estimation du risque baissier (%n trajectoire, graine fixe) : DSCR min. P90 ≈ %1, P(défaut) ≈ %2%3</numerusform>
            <numerusform>Estimation du risque baissier (%n trajectoires, graine fixe) : DSCR min. P90 ≈ %1, P(défaut) ≈ %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (updating…)</source>
        <translation> (mise à jour…)</translation>
    </message>
    <message>
        <source>above the whole range</source>
        <translation>au-delà de toute la plage</translation>
    </message>
    <message>
        <source>The min DSCR stays above 1.00x even with the spot price curve at zero: every fall tested (up to 100 %) is covered</source>
        <translation>Le DSCR minimum reste supérieur à 1,00x même avec une courbe de prix spot à zéro : toute baisse testée (jusqu’à 100 %) est couverte</translation>
    </message>
    <message>
        <source>%1%2 m</source>
        <comment>currency symbol, amount in millions</comment>
        <translation>%1%2 M</translation>
    </message>
    <message>
        <source>not within the model</source>
        <translation>pas dans l&apos;horizon du modèle</translation>
    </message>
    <message>
        <source>%1 (cov. %2)</source>
        <comment>metric (maintenance LTV covenant)</comment>
        <translation>%1 (cov. %2)</translation>
    </message>
    <message>
        <source>Tranche %1 (%2)</source>
        <comment>tranche name (share)</comment>
        <translation>Tranche %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>tranche amount at its lender yield</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Amount and lender all-in yield of the tranche</source>
        <translation>Montant et rendement global des prêteurs de la tranche</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Open the newest version; your unsaved edits are kept on top of it (undo drops them)</source>
        <translation>Ouvrir la version la plus récente&#xa0;; vos modifications non enregistrées sont conservées par-dessus (annuler les abandonne)</translation>
    </message>
</context>
<context>
    <name>gds::ui::MonteCarloPanel</name>
    <message>
        <source>Number of simulated paths of the spot index (each run)</source>
        <translation>Nombre de trajectoires simulées de l&apos;indice spot (par exécution)</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers; both runs use the same random numbers</source>
        <translation>La même graine donne les mêmes chiffres&#x202f;; les deux exécutions utilisent les mêmes nombres aléatoires</translation>
    </message>
    <message>
        <source>Same debt without hedges</source>
        <translation>Même dette sans couvertures</translation>
    </message>
    <message>
        <source>The run without hedges keeps the hedged deal&apos;s debt amount and schedule basis, so both runs face the same loan; unchecked, the loan is resized without the hedges</source>
        <translation>L&apos;exécution sans couvertures conserve le montant et la base d&apos;échéancier de la dette de l&apos;opération couverte, si bien que les deux exécutions portent le même prêt&#x202f;; décoché, le prêt est redimensionné sans les couvertures</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Press Run to simulate the spot index with and without the hedges.</source>
        <translation>Cliquez sur «&#xa0;Lancer&#xa0;» pour simuler l&apos;indice spot avec et sans couvertures.</translation>
    </message>
    <message>
        <source>Spot index fan</source>
        <translation>Éventail de l&apos;indice spot</translation>
    </message>
    <message>
        <source>Min DSCR distribution</source>
        <translation>Distribution du DSCR min.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Fan chart…</source>
        <translation>Graphique en éventail…</translation>
    </message>
    <message>
        <source>Spot fan</source>
        <translation>Éventail spot</translation>
    </message>
    <message>
        <source>Min DSCR histogram…</source>
        <translation>Histogramme du DSCR min.…</translation>
    </message>
    <message>
        <source>Min DSCR histogram</source>
        <translation>Histogramme du DSCR min.</translation>
    </message>
    <message>
        <source>With hedges</source>
        <translation>Avec couvertures</translation>
    </message>
    <message>
        <source>Without hedges</source>
        <translation>Sans couvertures</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The deal is not valid, nothing was simulated: %1</source>
        <translation>L&apos;opération n&apos;est pas valide, rien n&apos;a été simulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulating %1 paths with hedges, then without…</source>
        <translation>Simulation de %1 trajectoires avec couvertures, puis sans…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The deal cannot be simulated: %1</source>
        <translation>L&apos;opération ne peut pas être simulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 paths; the previous results are still shown.</source>
        <translation>Annulé après %1 trajectoires&#x202f;; les résultats précédents restent affichés.</translation>
    </message>
    <message>
        <source>Cancelled after %1 paths.</source>
        <translation>Annulé après %1 trajectoires.</translation>
    </message>
    <message>
        <source>%1 paths, seed %2, with and without hedges on the same random numbers: %3 s.</source>
        <translation>%1 trajectoires, graine %2, avec et sans couvertures sur les mêmes nombres aléatoires&#xa0;: %3 s.</translation>
    </message>
    <message>
        <source>The deal has changed since this run: the results are outdated. Press Run to simulate again.</source>
        <translation>L&apos;opération a changé depuis cette exécution&#xa0;: les résultats sont périmés. Cliquez sur «&#xa0;Lancer&#xa0;» pour simuler à nouveau.</translation>
    </message>
    <message>
        <source>The results match the deal again.</source>
        <translation>Les résultats correspondent de nouveau à l&apos;opération.</translation>
    </message>
    <message>
        <source>P(min DSCR &lt; lock-up %1)</source>
        <translation>P(DSCR min. &lt; lock-up %1)</translation>
    </message>
    <message>
        <source>P(default)</source>
        <translation>P(défaut)</translation>
    </message>
    <message>
        <source>Min DSCR P50</source>
        <translation>DSCR min. P50</translation>
    </message>
    <message>
        <source>Equity IRR P50</source>
        <translation>TRI actionnaires P50</translation>
    </message>
    <message>
        <source>The min DSCR that 90 % of paths stay above</source>
        <translation>Le DSCR min. au-dessus duquel restent 90 % des trajectoires</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
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
        <translation>%1 (période %2)
P90 %3
P50 %4
P10 %5
Moyenne %6
À terme %7</translation>
    </message>
    <message>
        <source>Min DSCR: the deal has no debt service</source>
        <translation>DSCR min.&#xa0;: l&apos;opération n&apos;a pas de service de la dette</translation>
    </message>
    <message>
        <source>Lock-up %1</source>
        <translation>Lock-up %1</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>Défaut %1</translation>
    </message>
    <message>
        <source>% of paths</source>
        <translation>% des trajectoires</translation>
    </message>
    <message>
        <source>Spot index, %1 paths</source>
        <translation>Indice spot, %1 trajectoires</translation>
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
        <translation>DSCR min., part des trajectoires</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Unhedged</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>Min DSCR (x)</source>
        <translation>DSCR min. (x)</translation>
    </message>
    <message>
        <source>Paths below or above the range are counted in the end bins</source>
        <translation>Les trajectoires en dessous ou au-dessus de l’intervalle sont comptées dans les classes extrêmes</translation>
    </message>
    <message>
        <source>P(min DSCR &lt; %1)</source>
        <translation>P(DSCR min. &lt; %1)</translation>
    </message>
    <message>
        <source>Offtaker defaults</source>
        <translation>Défauts des preneurs</translation>
    </message>
    <message>
        <source>Index-linked collateral against the loan</source>
        <translation>Sûretés indexées face au prêt</translation>
    </message>
    <message>
        <source>Collateral value P50</source>
        <translation>Valeur des sûretés P50</translation>
    </message>
    <message>
        <source>Balance P50</source>
        <translation>Encours P50</translation>
    </message>
    <message>
        <source>Balance P90</source>
        <translation>Encours P90</translation>
    </message>
    <message>
        <source>Collateral value P10–P90</source>
        <translation>Valeur des sûretés P10–P90</translation>
    </message>
    <message>
        <source>Max LTV %1 of the median value</source>
        <translation>LTV max. %1 de la valeur médiane</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>Offtakers default as the deal&apos;s credit block says (one-factor Gaussian copula by rating); unchecked, both runs leave them out, to show their effect</source>
        <translation>Les preneurs font défaut selon le bloc de crédit du deal (copule gaussienne à un facteur par notation) ; décoché, les deux calculs les omettent, pour montrer leur effet</translation>
    </message>
    <message>
        <source>Share of paths where a shortfall is larger than the reserve&apos;s balance (with a waterfall: than the period&apos;s cash and the accounts D, K and the reserve)</source>
        <translation>Part des trajectoires où un déficit dépasse le solde de la réserve (avec une cascade : la trésorerie de la période et les comptes D, K et la réserve)</translation>
    </message>
    <message>
        <source>P(an offtaker defaults)</source>
        <translation>P(un preneur fait défaut)</translation>
    </message>
    <message>
        <source>P(a lock-up test fails)</source>
        <translation>P(un test de lock-up échoue)</translation>
    </message>
    <message>
        <source>P(an LTV cure falls short)</source>
        <translation>P(une régularisation de LTV est insuffisante)</translation>
    </message>
    <message>
        <source>Mean debt prepaid</source>
        <translation>Remboursement anticipé moyen</translation>
    </message>
    <message>
        <source>Needs a cash waterfall; – without one</source>
        <translation>Nécessite une cascade de trésorerie ; – sans</translation>
    </message>
    <message>
        <source>Needs a maintenance LTV; – without one</source>
        <translation>Nécessite un LTV de maintien ; – sans</translation>
    </message>
    <message>
        <source>When offtakers default and the first test fails, % of paths</source>
        <translation>Quand les preneurs font défaut et quand le premier test échoue, % des trajectoires</translation>
    </message>
    <message>
        <source>First failed test (lock-up or LTV), hedged</source>
        <translation>Premier test échoué (lock-up ou LTV), couvert</translation>
    </message>
    <message>
        <source>First failed test (lock-up or LTV), unhedged</source>
        <translation>Premier test échoué (lock-up ou LTV), non couvert</translation>
    </message>
    <message>
        <source>Min DSCR P90 (downside)</source>
        <translation>DSCR min. P90 (scénario défavorable)</translation>
    </message>
    <message>
        <source>Min DSCR P99 (stress)</source>
        <translation>DSCR min. P99 (stress)</translation>
    </message>
    <message>
        <source>Equity IRR P90 (downside)</source>
        <translation>TRI actionnaires P90 (scénario défavorable)</translation>
    </message>
    <message>
        <source>Equity IRR P10 (upside)</source>
        <translation>TRI actionnaires P10 (scénario favorable)</translation>
    </message>
    <message>
        <source>P-values follow the lender&apos;s convention for every metric: P90 is the value exceeded on 90 % of paths (the downside), P10 the value exceeded on only 10 % (the upside)</source>
        <translation>Les valeurs P suivent la convention des prêteurs pour chaque indicateur : P90 est la valeur dépassée sur 90 % des trajectoires (scénario défavorable), P10 celle dépassée sur seulement 10 % (scénario favorable)</translation>
    </message>
    <message>
        <source>The equity IRR that 90 % of paths exceed</source>
        <translation>Le TRI actionnaires dépassé par 90 % des trajectoires</translation>
    </message>
    <message>
        <source>The equity IRR that only 10 % of paths exceed</source>
        <translation>Le TRI actionnaires dépassé par seulement 10 % des trajectoires</translation>
    </message>
</context>
<context>
    <name>gds::ui::OfftakeModel</name>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Start (period)</source>
        <translation>Début (période)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Escalation (%/yr)</source>
        <translation>Indexation (%/an)</translation>
    </message>
    <message>
        <source>Prepayment (%)</source>
        <translation>Prépaiement (%)</translation>
    </message>
    <message>
        <source>New counterparty</source>
        <translation>Nouvelle contrepartie</translation>
    </message>
    <message>
        <source>Price (%1/GPU-h; total: GPU-weighted)</source>
        <comment>currency</comment>
        <translation>Prix (%1/GPU-h&#x202f;; total&#xa0;: pondéré par GPU)</translation>
    </message>
    <message>
        <source>Nominal value (%1, approx.)</source>
        <comment>currency</comment>
        <translation>Valeur nominale (%1, env.)</translation>
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
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1: end-of-period value (quarters and years show the last)</source>
        <translation>%1&#xa0;: valeur de fin de période (trimestres et années affichent la dernière)</translation>
    </message>
    <message>
        <source>%1: flow in the period (quarters and years show the sum)</source>
        <translation>%1&#xa0;: flux de la période (trimestres et années affichent la somme)</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mo.)</source>
        <comment>a partial quarter or year: months it holds</comment>
        <translation>
            <numerusform>%1 (%n mois)</numerusform>
            <numerusform>%1 (%n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Financial close (period 0), %1</source>
        <translation>Closing financier (période 0), %1</translation>
    </message>
    <message>
        <source>Period %1, ends %2; its flows fall on that day</source>
        <translation>Période %1, se termine le %2 ; ses flux tombent ce jour-là</translation>
    </message>
    <message>
        <source>Periods %1–%2, the last ends %3</source>
        <translation>Périodes %1–%2, la dernière se termine le %3</translation>
    </message>
</context>
<context>
    <name>gds::ui::PeriodTableView</name>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole table) with headers, tab-separated</source>
        <translation>Copier la sélection (ou tout le tableau) avec les en-têtes, séparés par des tabulations</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Afficher par</translation>
    </message>
    <message>
        <source>Period table copied to the clipboard</source>
        <translation>Tableau des périodes copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Nothing was exported: the deal has marked fields. Fix the marked fields first.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: l&apos;opération a des champs signalés. Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Export period table</source>
        <translation>Exporter le tableau des périodes</translation>
    </message>
    <message>
        <source>Period table saved to %1</source>
        <translation>Tableau des périodes enregistré dans %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>gds::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The new language is used after GPU Deal Studio restarts.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de GPU Deal Studio.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Espace de &amp;travail par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Symbol ($, €, £)</source>
        <translation>Symbole ($, €, £)</translation>
    </message>
    <message>
        <source>ISO code (USD, EUR, GBP)</source>
        <translation>Code ISO (USD, EUR, GBP)</translation>
    </message>
    <message>
        <source>&amp;Currency display:</source>
        <translation>Affichage de la &amp;devise&#xa0;:</translation>
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
        <translation>Format de &amp;papier&#xa0;:</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;paths:</source>
        <translation>&amp;Trajectoires Monte-Carlo&#xa0;:</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;seed:</source>
        <translation>&amp;Graine Monte-Carlo&#xa0;:</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Espace de travail par défaut</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)</source>
        <translation>Espaces de travail (*.sqlite *.gpudeal.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>For spreadsheets (numbers and dates in your locale&apos;s format)</source>
        <translation>Pour tableurs (nombres et dates au format de vos paramètres régionaux)</translation>
    </message>
    <message>
        <source>For machines (locale-independent, as gpudeal-cli writes)</source>
        <translation>Pour machines (indépendant des paramètres régionaux, comme gpudeal-cli)</translation>
    </message>
    <message>
        <source>Preselected when you export the period table as CSV; the export dialog can still choose the other format, and remembers that choice.</source>
        <translation>Présélectionné lors de l&apos;export du tableau des périodes en CSV ; la boîte d&apos;export permet toujours de choisir l&apos;autre format et mémorise ce choix.</translation>
    </message>
    <message>
        <source>CSV &amp;format:</source>
        <translation>&amp;Format CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the workspace open when you quit, else the data folder&apos;s</source>
        <translation>Vide&#xa0;: l&apos;espace ouvert à la fermeture, sinon celui du dossier de données</translation>
    </message>
    <message>
        <source>A workspace file or a team workspace (postgresql://...) to open at every start; empty: the workspace open when GPU Deal Studio was last closed, else the workspace file in your data folder</source>
        <translation>Un fichier d&apos;espace de travail ou un espace d&apos;équipe (postgresql://...) à ouvrir à chaque démarrage&#xa0;; vide&#xa0;: l&apos;espace de travail ouvert à la dernière fermeture de GPU Deal Studio, sinon le fichier d&apos;espace de travail de votre dossier de données</translation>
    </message>
</context>
<context>
    <name>gds::ui::RiskView</name>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Sensibilités</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>The spot index simulated; DSCR breach and default probabilities with and without the hedges</source>
        <translation>L&apos;indice spot simulé&#x202f;; probabilités de franchissement du DSCR et de défaut avec et sans couvertures</translation>
    </message>
    <message>
        <source>One input shocked at a time: min DSCR, equity IRR and debt</source>
        <translation>Un paramètre choqué à la fois&#xa0;: DSCR min., TRI actionnaires et dette</translation>
    </message>
    <message>
        <source>The contract price, swap strike or debt that meets a target</source>
        <translation>Le prix contractuel, le strike du swap ou la dette qui atteint une cible</translation>
    </message>
</context>
<context>
    <name>gds::ui::SectionTable</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>D&amp;uplicate row</source>
        <translation>D&amp;upliquer la ligne</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>&amp;Copier les cellules</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>C&amp;oller les lignes</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Collé</translation>
    </message>
    <message>
        <source>Pasted; not read: %1</source>
        <translation>Collé&#x202f;; non lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::TornadoPanel</name>
    <message>
        <source>Spot price</source>
        <translation>Prix spot</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Merchant utilization</source>
        <translation>Taux d&apos;utilisation merchant</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Taux de référence</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>Prix contractuel</translation>
    </message>
    <message>
        <source>bp</source>
        <translation>pb</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Edit the ends of each shock; untick an input to leave it out. Relative shocks in %, availability and utilization in points, the base rate in basis points.</source>
        <translation>Modifiez les bornes de chaque choc&#x202f;; décochez un paramètre pour l&apos;exclure. Chocs relatifs en %, disponibilité et utilisation en points, taux de référence en points de base.</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>DSCR min.</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TRI actionnaires</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <source>Update with the deal</source>
        <translation>Mettre à jour avec l&apos;opération</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Default ranges</source>
        <translation>Plages par défaut</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>Tornade</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; the range is unchanged.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre&#x202f;; la plage est inchangée.</translation>
    </message>
    <message>
        <source>The deal is not valid; the tornado shown is for the last valid deal: %1</source>
        <translation>L&apos;opération n&apos;est pas valide&#x202f;; la tornade affichée est celle de la dernière opération valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing %1 shocked deals…</source>
        <translation>Calcul de %1 opérations choquées…</translation>
    </message>
    <message>
        <source>No input is selected.</source>
        <translation>Aucun paramètre sélectionné.</translation>
    </message>
    <message>
        <source>Each end is a full recompute of the deal with one input shocked.</source>
        <translation>Chaque borne est un recalcul complet de l&apos;opération avec un paramètre choqué.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>%1: change from the base case (%2)</source>
        <translation>%1&#xa0;: écart par rapport au cas de base (%2)</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Borne basse</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Borne haute</translation>
    </message>
    <message>
        <source>Change in %1 (%2)</source>
        <translation>Variation de %1 (%2)</translation>
    </message>
    <message>
        <source>not computable: %1</source>
        <translation>non calculable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (base %2)</source>
        <translation>%1 (base %2)</translation>
    </message>
    <message numerus="yes">
        <source>Each end is a full recompute of the deal with one input shocked. %n end(s) cannot be computed (hover the bar for why).</source>
        <translation>
            <numerusform>Chaque borne est un recalcul complet de l&apos;opération avec un paramètre choqué. %n borne ne peut pas être calculée (survolez la barre pour la raison).</numerusform>
            <numerusform>Chaque borne est un recalcul complet de l&apos;opération avec un paramètre choqué. %n bornes ne peuvent pas être calculées (survolez la barre pour la raison).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <comment>input shocked (low end / high end)</comment>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilité de défaut</translation>
    </message>
    <message>
        <source>Default correlation</source>
        <translation>Corrélation des défauts</translation>
    </message>
    <message>
        <source>P90 min DSCR (Monte Carlo)</source>
        <translation>DSCR min. P90 (Monte Carlo)</translation>
    </message>
    <message>
        <source>P(default) (Monte Carlo)</source>
        <translation>P(défaut) (Monte Carlo)</translation>
    </message>
    <message>
        <source>The hedges exceed the expected merchant volume (hedge ratio up to %1): the deal is net short the index, so a lower spot price raises CFADS and the DSCR.</source>
        <translation>Les couvertures dépassent le volume merchant attendu (taux de couverture jusqu’à %1) : l’opération est nette vendeuse sur l’indice, donc un prix spot plus bas augmente le CFADS et le DSCR.</translation>
    </message>
</context>
<context>
    <name>gds::ui::TrancheModel</name>
    <message>
        <source>tranche</source>
        <translation>tranche</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Règle de marge</translation>
    </message>
    <message>
        <source>By rating</source>
        <translation>Par notation</translation>
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
        <translation>courbe (%1 ans)</translation>
    </message>
    <message>
        <source>Fixed (%)</source>
        <translation>Fixe (%)</translation>
    </message>
    <message>
        <source>Base (%)</source>
        <translation>Base (%)</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>By coverage</source>
        <translation>Selon la couverture</translation>
    </message>
</context>
<context>
    <name>gds::ui::WaterfallEditor</name>
    <message>
        <source>Cash waterfall and maintenance LTV</source>
        <translation>Cascade de trésorerie et LTV de maintien</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>Cascade de trésorerie</translation>
    </message>
    <message>
        <source>Off (cash flows to equity)</source>
        <translation>Désactivée (la trésorerie va aux fonds propres)</translation>
    </message>
    <message>
        <source>On (controlled account, tests, sweeps)</source>
        <translation>Activée (compte contrôlé, tests, balayages)</translation>
    </message>
    <message>
        <source>Test every</source>
        <translation>Test tous les</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Lookback</source>
        <translation>Période rétrospective</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>Off (test only)</source>
        <translation>Désactivé (test seulement)</translation>
    </message>
    <message>
        <source>On (cash trapped below the lock-up DSCR)</source>
        <translation>Activé (trésorerie bloquée sous le DSCR de lock-up)</translation>
    </message>
    <message>
        <source>Release after</source>
        <translation>Libération après</translation>
    </message>
    <message>
        <source>passing tests</source>
        <translation>tests réussis</translation>
    </message>
    <message>
        <source>Sweep trapped cash after</source>
        <translation>Balayer la trésorerie bloquée après</translation>
    </message>
    <message>
        <source>failing tests</source>
        <translation>tests échoués</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>0: trapped cash is never swept</source>
        <translation>0 : la trésorerie bloquée n&apos;est jamais balayée</translation>
    </message>
    <message>
        <source>Cash sweep</source>
        <translation>Balayage de trésorerie</translation>
    </message>
    <message>
        <source>% of excess cash</source>
        <translation>% de la trésorerie excédentaire</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>LTV de maintien</translation>
    </message>
    <message>
        <source>Maintenance LTV test</source>
        <translation>Test de LTV de maintien</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Tested on the test dates (cure by prepayment)</source>
        <translation>Testé aux dates de test (remède par remboursement anticipé)</translation>
    </message>
    <message>
        <source>Max LTV</source>
        <translation>LTV max.</translation>
    </message>
    <message>
        <source>% of collateral value</source>
        <translation>% de la valeur des sûretés</translation>
    </message>
</context>
<context>
    <name>gds::ui::WorkspaceBrowser</name>
    <message>
        <source>Search deals, scenarios, notes</source>
        <translation>Rechercher opérations, scénarios, notes</translation>
    </message>
    <message>
        <source>Deal / scenario / version</source>
        <translation>Opération / scénario / version</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Vers.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>DSCR min.</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TRI actionnaires</translation>
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
        <translation>Ligne principale</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Restore this version (as a new version)</source>
        <translation>Restaurer cette version (comme nouvelle version)</translation>
    </message>
    <message>
        <source>%1  (unsaved edits)</source>
        <comment>deal name</comment>
        <translation>%1  (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>%1 (restores v%2)</source>
        <comment>version label</comment>
        <translation>%1 (restaure v%2)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <comment>the version in the editor</comment>
        <translation>%1 (ouverte)</translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation>Enregistré par %1 le %2</translation>
    </message>
</context>
<context>
    <name>gds::ui::WorkspaceSession</name>
    <message>
        <source>Sample deal</source>
        <translation>Opération d&apos;exemple</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in a workspace</source>
        <translation>hors espace de travail</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Modifications non enregistrées récupérées</translation>
    </message>
    <message>
        <source>Recovered unsaved edits of this deal (undo to drop them)</source>
        <translation>Modifications non enregistrées de cette opération récupérées (annuler pour les abandonner)</translation>
    </message>
    <message>
        <source>Autosaved edits of this deal could not be read back and were kept aside: %1</source>
        <translation>Les modifications sauvegardées automatiquement de cette opération n&apos;ont pas pu être relues et ont été mises de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation>Version %1 enregistrée</translation>
    </message>
    <message>
        <source>The version was not saved: %1</source>
        <translation>La version n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scenario created from the current deal</source>
        <translation>Scénario créé à partir de l&apos;opération actuelle</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; created</source>
        <translation>Scénario «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>The scenario was not created: %1</source>
        <translation>Le scénario n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Version %1 restaurée</translation>
    </message>
    <message>
        <source>The version was not restored: %1</source>
        <translation>La version n&apos;a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the workspace as version %1</source>
        <translation>Déjà dans l&apos;espace de travail en version %1</translation>
    </message>
    <message>
        <source>Imported as version %1</source>
        <translation>Importé en version %1</translation>
    </message>
    <message>
        <source>The deal was not imported: %1</source>
        <translation>L&apos;opération n&apos;a pas été importée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>v%1 · scenario %2</source>
        <translation>v%1 · scénario %2</translation>
    </message>
    <message>
        <source>v%1 · main line</source>
        <translation>v%1 · ligne principale</translation>
    </message>
    <message>
        <source>This deal is open for editing in another window (process %1 on %2); it is shown read only here. Save your changes as a new scenario.</source>
        <translation>Ce deal est en cours de modification dans une autre fenêtre (processus %1 sur %2)&#xa0;; il est affiché ici en lecture seule. Enregistrez vos modifications comme nouveau scénario.</translation>
    </message>
    <message>
        <source>The version was not saved: this deal is open for editing in another window. Save your changes as a new scenario.</source>
        <translation>La version n&apos;a pas été enregistrée&#xa0;: ce deal est en cours de modification dans une autre fenêtre. Enregistrez vos modifications comme nouveau scénario.</translation>
    </message>
    <message>
        <source>The workspace %1 can only be read: deals are shown, nothing is saved.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule&#xa0;: les deals sont affichés, rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The version was not saved: the workspace can only be read.</source>
        <translation>La version n&apos;a pas été enregistrée&#xa0;: l&apos;espace de travail est en lecture seule.</translation>
    </message>
    <message>
        <source>Sample deal (version 2)</source>
        <translation>Opération d&apos;exemple (version 2)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only: you can open, compute and export; saving is not allowed for your role</source>
        <translation>Lecture seule&#xa0;: vous pouvez ouvrir, calculer et exporter&#xa0;; l&apos;enregistrement n&apos;est pas autorisé pour votre rôle</translation>
    </message>
    <message>
        <source>The version was not saved</source>
        <translation>La version n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>The version was not saved yet: the team workspace&apos;s server is unreachable. Your edits stay in the editor and are saved when the connection is back.</source>
        <translation>La version n&apos;est pas encore enregistrée&#xa0;: le serveur de l&apos;espace d&apos;équipe est injoignable. Vos modifications restent dans l&apos;éditeur et seront enregistrées au retour de la connexion.</translation>
    </message>
    <message>
        <source>The version was not saved: the team workspace&apos;s server is unreachable (%1). Your edits stay in the editor; the save is tried again every %2 s and made when the server is back (File &gt; Retry connection now).</source>
        <translation>La version n&apos;a pas été enregistrée&#xa0;: le serveur de l&apos;espace d&apos;équipe est injoignable (%1). Vos modifications restent dans l&apos;éditeur&#xa0;; l&apos;enregistrement est réessayé toutes les %2 s et effectué au retour du serveur (Fichier &gt; Réessayer la connexion maintenant).</translation>
    </message>
    <message>
        <source>The scenario was not created</source>
        <translation>Le scénario n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>La version n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>The deal was not imported</source>
        <translation>Le deal n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>%1: your role may only read this team workspace (open, compute and export); saving is not allowed.</source>
        <translation>%1&#xa0;: votre rôle ne peut que lire cet espace d&apos;équipe (ouvrir, calculer et exporter)&#xa0;; l&apos;enregistrement n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Server unreachable: your version is not saved yet; retrying every %1 s</source>
        <translation>Serveur injoignable&#xa0;: votre version n&apos;est pas encore enregistrée&#xa0;; nouvel essai toutes les %1 s</translation>
    </message>
    <message>
        <source>Server unreachable: retrying every %1 s</source>
        <translation>Serveur injoignable&#xa0;: nouvel essai toutes les %1 s</translation>
    </message>
    <message>
        <source>The team workspace&apos;s server is still unreachable: %1</source>
        <translation>Le serveur de l&apos;espace d&apos;équipe est toujours injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to the team workspace again</source>
        <translation>De nouveau connecté à l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Saved version %1 (the server had it already)</source>
        <translation>Version %1 enregistrée (le serveur l&apos;avait déjà)</translation>
    </message>
    <message>
        <source>Saved version %1 after reconnecting</source>
        <translation>Version %1 enregistrée après reconnexion</translation>
    </message>
</context>
<context>
    <name>gds::ui::risk</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GPU Deal Studio: GPU cluster financing deals, live.</source>
        <translation>GPU Deal Studio&#xa0;: financements de clusters GPU, en direct.</translation>
    </message>
    <message>
        <source>Deal files (gpudeal/1 JSON) to open.</source>
        <translation>Fichiers d&apos;opération (JSON gpudeal/1) à ouvrir.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Open the default workspace without a display, compute and render the deal that opens, print its debt, min DSCR and equity IRR, and exit.</source>
        <translation>Ouvrir l’espace de travail par défaut sans affichage, calculer et restituer l’opération ouverte, imprimer sa dette, son DSCR min. et son TRI actionnaires, puis quitter.</translation>
    </message>
</context>
</TS>
