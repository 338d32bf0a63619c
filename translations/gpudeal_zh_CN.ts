<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PasswordStore</name>
    <message>
        <source>the system keyring does not answer</source>
        <translation>系统密钥环没有响应</translation>
    </message>
</context>
<context>
    <name>gds::ComparisonReport</name>
    <message>
        <source>%1 (%2 m)</source>
        <comment>metric, currency code: money in millions</comment>
        <translation>%1（百万 %2）</translation>
    </message>
    <message>
        <source>%1 (%2 / GPU-hour)</source>
        <comment>metric, currency code</comment>
        <translation>%1（%2 / GPU 小时）</translation>
    </message>
    <message>
        <source>%1 (months)</source>
        <comment>metric</comment>
        <translation>%1（月）</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>(not computable)</source>
        <translation>（无法计算）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Structure comparison</source>
        <translation>融资结构比较</translation>
    </message>
    <message>
        <source>Date: %1 &amp;nbsp;&amp;nbsp; Structures compared: %2</source>
        <translation>日期：%1 &amp;nbsp;&amp;nbsp; 比较的结构数：%2</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>融资结构</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Offtake contracts</source>
        <translation>承购协议</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>对冲</translation>
    </message>
    <message>
        <source>Tenor (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Not computable: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Best value of each row in bold with a star (higher or lower is better from the sponsor&apos;s side; neutral rows unmarked). The small figures are the change against the first structure (pp: percentage points).</source>
        <translation>每行最优值以粗体加星号标出（从发起人角度判断越高或越低越好；中性指标不标记）。小号数字为相对第一个结构的变化（个百分点）。</translation>
    </message>
    <message>
        <source>Hedge effect: %1</source>
        <translation>对冲效果：%1</translation>
    </message>
    <message numerus="yes">
        <source>The same deal computed with its %n hedge(s) and with the hedges removed; everything else unchanged.</source>
        <translation>
            <numerusform>同一笔交易分别在含 %n 笔对冲和去除对冲的情况下计算；其他条件不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures are the GPU Deal Studio model&apos;s base case for each structure; indicative, not a market quote. Charts follow on the last page.</source>
        <translation>数据为 GPU Deal Studio 模型对各结构的基准情形；仅供参考，并非市场报价。图表见最后一页。</translation>
    </message>
    <message>
        <source>a comparison needs at least two structures</source>
        <translation>比较至少需要两个结构</translation>
    </message>
    <message>
        <source>the comparison needs a date</source>
        <translation>比较报告需要日期</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>无法写入“%1”</translation>
    </message>
    <message>
        <source>GPU Deal Studio · indicative</source>
        <translation>GPU Deal Studio · 指示性</translation>
    </message>
    <message>
        <source>DSCR (x), axis capped at %1</source>
        <translation>DSCR（倍），坐标轴上限 %1</translation>
    </message>
    <message>
        <source>DSCR by month</source>
        <translation>各月 DSCR</translation>
    </message>
    <message>
        <source>default %1 (first structure)</source>
        <translation>违约 %1（第一个结构）</translation>
    </message>
    <message>
        <source>Debt balance by month</source>
        <translation>各月债务余额</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis title: currency code</comment>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>Hedge effect on the DSCR: %1</source>
        <translation>对冲对 DSCR 的影响：%1</translation>
    </message>
    <message>
        <source>fixed %1</source>
        <translation>固定 %1</translation>
    </message>
    <message>
        <source>base curve</source>
        <translation>基准利率曲线</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>基准 %1</translation>
    </message>
    <message>
        <source>%1 + margin by rating</source>
        <translation>%1 + 按评级的利差</translation>
    </message>
    <message>
        <source>%1 + margin grid</source>
        <translation>%1 + 利差阶梯</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>现金瀑布</translation>
    </message>
    <message>
        <source>tests every %1 months, lookback %2 months</source>
        <translation>每 %1 个月测试，回溯 %2 个月</translation>
    </message>
    <message>
        <source>none (monthly DSCR tests)</source>
        <translation>无（每月 DSCR 测试）</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>分红锁定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>DSCR below %1</source>
        <translation>DSCR 低于 %1</translation>
    </message>
    <message numerus="yes">
        <source>released after %n passing test(s)</source>
        <translation>
            <numerusform>通过 %n 次测试后释放</numerusform>
        </translation>
    </message>
    <message>
        <source>Trapped-cash sweep</source>
        <translation>锁定现金清扫</translation>
    </message>
    <message numerus="yes">
        <source>after %n failing test(s)</source>
        <translation>
            <numerusform>%n 次测试未通过后</numerusform>
        </translation>
    </message>
    <message>
        <source>Excess cash sweep</source>
        <translation>超额现金清扫</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>维持 LTV</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <source>falls %1 a year to %2 of cost</source>
        <translation>每年下降 %1，最低为成本的 %2</translation>
    </message>
    <message>
        <source>index-linked</source>
        <translation>与指数挂钩</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>税务折旧</translation>
    </message>
    <message>
        <source>MACRS 5-year, %1 bonus</source>
        <translation>MACRS 5 年，%1 额外折旧</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>直线法</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Tranche %1: lender yield</source>
        <translation>分档 %1：贷款人收益率</translation>
    </message>
    <message>
        <source>Tranche %1: amount</source>
        <translation>分档 %1：金额</translation>
    </message>
    <message>
        <source>Facility terms</source>
        <translation>贷款条款</translation>
    </message>
    <message>
        <source>The version-2 terms of each structure: tranches (share and rate), the cash waterfall, the maintenance LTV on the collateral and the tax depreciation.</source>
        <translation>各结构的第 2 版条款：分档（比例与利率）、现金瀑布、基于抵押品的维持 LTV 以及税务折旧。</translation>
    </message>
    <message>
        <source>Tranches by position (the first tranche of each structure, then the second); the lender yield is lower-is-better from the sponsor&apos;s side.</source>
        <translation>按位置排列的分档（各结构的第一档，然后是第二档）；从发起人角度看，贷款人收益率越低越好。</translation>
    </message>
    <message>
        <source>Waterfall effect: %1</source>
        <translation>瀑布效应：%1</translation>
    </message>
    <message>
        <source>The same deal computed with its cash waterfall and without it: no controlled accounts, test dates, lock-up, LTV cure or sweeps, every month&apos;s cash after debt service distributed; everything else unchanged.</source>
        <translation>同一交易分别在有和没有现金瀑布的情况下计算：没有受控账户、测试日、分红锁定、LTV 补救或清扫时，每月偿债后的现金全部分配；其他条件不变。</translation>
    </message>
    <message>
        <source>Waterfall effect on the DSCR: %1</source>
        <translation>瀑布对 DSCR 的影响：%1</translation>
    </message>
</context>
<context>
    <name>gds::MetricField</name>
    <message>
        <source>Total capex</source>
        <translation>资本支出合计</translation>
    </message>
    <message>
        <source>Interest during construction</source>
        <translation>建设期利息</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>资本化利息</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>前端费</translation>
    </message>
    <message>
        <source>Commitment fees</source>
        <translation>承诺费</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>DSRA 初始注资</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>资金运用合计</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>优先债务</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Debt drawn in cash</source>
        <translation>现金提款额</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>股权</translation>
    </message>
    <message>
        <source>Gearing (debt / uses)</source>
        <translation>杠杆率（债务 / 资金运用）</translation>
    </message>
    <message>
        <source>Gearing</source>
        <translation>杠杆率</translation>
    </message>
    <message>
        <source>LTV (debt / capex)</source>
        <translation>LTV（债务 / 资本支出）</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Contracted + hedged coverage</source>
        <translation>覆盖率（合同 + 对冲）</translation>
    </message>
    <message>
        <source>Contracted + hedged</source>
        <translation>合同 + 对冲覆盖</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利差</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Average DSCR</source>
        <translation>平均 DSCR</translation>
    </message>
    <message>
        <source>Avg DSCR</source>
        <translation>平均 DSCR</translation>
    </message>
    <message>
        <source>LLCR</source>
        <translation>LLCR</translation>
    </message>
    <message>
        <source>Lender all-in yield</source>
        <translation>贷款人综合收益率</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权 IRR</translation>
    </message>
    <message>
        <source>Project IRR (unlevered, post-tax)</source>
        <translation>项目 IRR（无杠杆，税后）</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>项目 IRR</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>WACC</translation>
    </message>
    <message>
        <source>NPV at WACC</source>
        <translation>按 WACC 折现的 NPV</translation>
    </message>
    <message>
        <source>LCOC</source>
        <translation>LCOC</translation>
    </message>
    <message>
        <source>Spot headroom (fall to DSCR 1.00x)</source>
        <translation>现货价格安全边际（跌至 DSCR 1.00x）</translation>
    </message>
    <message>
        <source>Spot headroom</source>
        <translation>现货价格安全边际</translation>
    </message>
    <message>
        <source>Equity payback</source>
        <translation>股权回收期</translation>
    </message>
    <message>
        <source>Lock-up breaches</source>
        <translation>触发分红锁定次数</translation>
    </message>
    <message>
        <source>Default breaches</source>
        <translation>触发违约次数</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>终值</translation>
    </message>
    <message>
        <source>Tax on the terminal value</source>
        <translation>终值税</translation>
    </message>
    <message>
        <source>Tax on terminal value</source>
        <translation>终值税</translation>
    </message>
    <message>
        <source>Debt prepaid (waterfall)</source>
        <translation>提前偿还债务（现金流瀑布）</translation>
    </message>
    <message>
        <source>Debt prepaid</source>
        <translation>提前偿还债务</translation>
    </message>
    <message>
        <source>Cash trapped at most</source>
        <translation>最大锁定现金</translation>
    </message>
    <message>
        <source>LTV breaches</source>
        <translation>LTV 违约次数</translation>
    </message>
    <message>
        <source>Peak LTV (collateral)</source>
        <translation>最高 LTV（抵押品）</translation>
    </message>
    <message>
        <source>Peak LTV</source>
        <translation>最高 LTV</translation>
    </message>
    <message>
        <source>Debt repaid in period</source>
        <translation>债务还清期</translation>
    </message>
    <message>
        <source>Sizing iterations</source>
        <translation>规模测算迭代次数</translation>
    </message>
    <message>
        <source>Sizing rounds</source>
        <translation>规模测算迭代次数</translation>
    </message>
</context>
<context>
    <name>gds::TermSheet</name>
    <message numerus="yes">
        <source>%n months</source>
        <comment>a duration</comment>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Sculpted: debt service follows CFADS</source>
        <translation>按覆盖率定制：还本付息与 CFADS 匹配</translation>
    </message>
    <message>
        <source>Annuity (level monthly debt service)</source>
        <translation>等额本息（每月还本付息额相同）</translation>
    </message>
    <message>
        <source>Straight line (equal monthly principal)</source>
        <translation>等额本金（每月偿还本金相同）</translation>
    </message>
    <message>
        <source>Bullet: interest monthly, principal at maturity (balloon assumed refinanced)</source>
        <translation>到期一次还本：按月付息，到期还本（假设尾款再融资）</translation>
    </message>
    <message>
        <source>Fixed amount of %1</source>
        <translation>固定金额 %1</translation>
    </message>
    <message>
        <source>Lesser of a %1 target DSCR on CFADS and %2 of total capex (LTV)</source>
        <translation>按 CFADS 以目标 DSCR %1 测算的金额与资本支出总额的 %2（LTV）二者取低</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>Borrower / Sponsor</source>
        <translation>借款人 / 发起人</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未具名）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>%1 x %2 GPUs, %3 availability; construction %4, operations %5</source>
        <translation>%1 × %2 GPU，可用率 %3；建设期 %4，运营期 %5</translation>
    </message>
    <message>
        <source>%1 (rated %2)</source>
        <translation>%1（评级 %2）</translation>
    </message>
    <message>
        <source>Offtakers</source>
        <translation>承购方</translation>
    </message>
    <message>
        <source>None: merchant only</source>
        <translation>无：仅市场销售</translation>
    </message>
    <message>
        <source>Lenders</source>
        <translation>贷款人</translation>
    </message>
    <message>
        <source>The senior lenders under the facility</source>
        <translation>该贷款项下的优先级贷款人</translation>
    </message>
    <message>
        <source>The facility</source>
        <translation>贷款条款</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>贷款额度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Senior secured delayed-draw term loan</source>
        <translation>有担保优先级延迟提款定期贷款</translation>
    </message>
    <message>
        <source>Senior secured term loan</source>
        <translation>有担保优先级定期贷款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 at COD, of which %2 drawn in cash and %3 capitalized interest during construction</source>
        <translation>商业运营日（COD）时为 %1，其中现金提款 %2，建设期资本化利息 %3</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>规模测算</translation>
    </message>
    <message>
        <source>Availability period</source>
        <translation>提款期</translation>
    </message>
    <message>
        <source>From financial close (%1) to the commercial operation date (COD, %2); drawn pro rata to capex (%3 of each capex payment). Draws: %4</source>
        <translation>自融资关闭日（%1）至商业运营日（COD，%2）；按资本支出比例提款（每笔资本支出的 %3）。提款：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>%n months from COD</source>
        <translation>
            <numerusform>自 COD 起 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Final maturity date</source>
        <translation>最终到期日</translation>
    </message>
    <message>
        <source>Repayment profile</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schedule summary by calendar year&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;按日历年汇总的还款计划&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>提款</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>资本化利息</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>已付利息</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>还本付息</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Pricing and fees</source>
        <translation>定价与费用</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Fixed %1 per annum</source>
        <translation>固定年利率 %1</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>第 %1 年：%2</translation>
    </message>
    <message>
        <source>Base rate curve by model year (%1)</source>
        <translation>按模型年度的基准利率曲线（%1）</translation>
    </message>
    <message>
        <source>Base rate %1 per annum</source>
        <translation>基准年利率 %1</translation>
    </message>
    <message>
        <source>%1 plus the margin; margin applied %2</source>
        <translation>%1 加利差；适用利差 %2</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利差</translation>
    </message>
    <message>
        <source>%1 per annum</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>计息基准</translation>
    </message>
    <message>
        <source>Interest payment</source>
        <translation>付息</translation>
    </message>
    <message>
        <source>Monthly in arrears; capitalized during construction</source>
        <translation>按月后付；建设期内资本化</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>前端费</translation>
    </message>
    <message>
        <source>%1 of the facility amount (%2), paid at financial close</source>
        <translation>贷款金额的 %1（%2），于融资关闭日支付</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>承诺费</translation>
    </message>
    <message>
        <source>%1 per annum on undrawn commitments during availability (%2 in total)</source>
        <translation>提款期内按未提款承诺额每年 %1 收取（合计 %2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin grid&lt;/b&gt;: the margin steps down with the share of tenor GPU-hours that are contracted or hedged (coverage). Model coverage %1 selects the marked step.</source>
        <translation>&lt;b&gt;利差分档&lt;/b&gt;：利差随期限内已签约或已对冲的 GPU 小时占比（覆盖率）提高而逐档下调。模型覆盖率 %1 对应标记的档位。</translation>
    </message>
    <message>
        <source>Coverage from</source>
        <translation>覆盖率下限</translation>
    </message>
    <message>
        <source>All-in rate</source>
        <translation>综合利率</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Reserves and financial covenants</source>
        <translation>储备账户与财务约束</translation>
    </message>
    <message>
        <source>Debt service reserve account</source>
        <translation>偿债储备账户（DSRA）</translation>
    </message>
    <message numerus="yes">
        <source>%n months of scheduled debt service, funded by the equity at COD (%1 initially)</source>
        <translation>
            <numerusform>%n 个月的计划还本付息额，于 COD 时由股权出资注入（初始 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no tested debt service</source>
        <translation>无需测试的还本付息</translation>
    </message>
    <message numerus="yes">
        <source>Model minimum %1: headroom %2 (CFADS may fall %3 in the weakest period); %n period(s) below</source>
        <translation>
            <numerusform>模型最低值 %1：安全边际 %2（最弱期间 CFADS 可下降 %3）；低于该水平的期间有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution lock-up</source>
        <translation>分红锁定</translation>
    </message>
    <message>
        <source>DSCR below %1. %2</source>
        <translation>DSCR 低于 %1。%2</translation>
    </message>
    <message>
        <source>Event of default</source>
        <translation>违约事件</translation>
    </message>
    <message>
        <source>DSCR test</source>
        <translation>DSCR 测试</translation>
    </message>
    <message>
        <source>Monthly, CFADS over scheduled debt service (interest only; the balloon is excluded)</source>
        <translation>按月，CFADS 除以计划还本付息额（仅计利息；不含到期尾款）</translation>
    </message>
    <message>
        <source>Monthly, CFADS over scheduled debt service</source>
        <translation>按月，CFADS 除以计划还本付息额</translation>
    </message>
    <message>
        <source>Spot headroom</source>
        <translation>现货价格安全边际</translation>
    </message>
    <message>
        <source>The spot price curve may fall %1 before the minimum DSCR reaches %2</source>
        <translation>现货价格曲线可下降 %1，最低 DSCR 才会降至 %2</translation>
    </message>
    <message>
        <source>Hedging requirements</source>
        <translation>对冲要求</translation>
    </message>
    <message>
        <source>No hedges are required; merchant capacity is sold at the spot index.</source>
        <translation>无需对冲；市场销售产能按现货指数出售。</translation>
    </message>
    <message>
        <source>The borrower shall enter into and maintain the following hedges on the %1 (GPU-hour notional: every hour of the stated number of GPUs). Coverage of tenor GPU-hours by contracts and hedges: %2.</source>
        <translation>借款人应就 %1 订立并维持以下对冲（名义量以 GPU 小时计：所列 GPU 数量的每一小时）。期限内 GPU 小时由合同和对冲覆盖的比例：%2。</translation>
    </message>
    <message>
        <source>GPU-hour rental index</source>
        <translation>GPU 小时租赁指数</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Initial margin</source>
        <translation>初始保证金</translation>
    </message>
    <message>
        <source>Offtake summary</source>
        <translation>承购概要</translation>
    </message>
    <message>
        <source>No offtake contracts: all capacity is merchant.</source>
        <translation>无承购协议：全部产能为市场销售。</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>年度调价</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预付</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同价值</translation>
    </message>
    <message>
        <source>Merchant capacity: %1 at %2 in the first year, changing %3 a year, sold at %4 utilization.</source>
        <translation>市场销售产能：%1，首年价格 %2，每年变动 %3，按 %4 的利用率出售。</translation>
    </message>
    <message>
        <source>spot index</source>
        <translation>现货指数</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>资金来源与运用</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>资金运用</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Interest during construction</source>
        <translation>建设期利息</translation>
    </message>
    <message>
        <source>Commitment fees</source>
        <translation>承诺费</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>DSRA 初始注资</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>优先债务</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>股权</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>资金运用合计</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>资金来源合计</translation>
    </message>
    <message>
        <source>Key metrics (base case)</source>
        <translation>关键指标（基准情形）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Lender all-in yield</source>
        <translation>贷款人综合收益率</translation>
    </message>
    <message>
        <source>Average DSCR</source>
        <translation>平均 DSCR</translation>
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
        <translation>股权 IRR</translation>
    </message>
    <message>
        <source>Gearing (debt / uses)</source>
        <translation>杠杆率（债务 / 资金运用）</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>项目 IRR</translation>
    </message>
    <message>
        <source>LTV (debt / capex)</source>
        <translation>LTV（债务 / 资本支出）</translation>
    </message>
    <message>
        <source>NPV at WACC</source>
        <translation>按 WACC 折现的 NPV</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>LCOC per GPU-hour</source>
        <translation>每 GPU 小时 LCOC</translation>
    </message>
    <message>
        <source>Lowest contract price</source>
        <translation>最低合同价格</translation>
    </message>
    <message>
        <source>Equity payback</source>
        <translation>股权回收期</translation>
    </message>
    <message>
        <source>Lock-up / default breaches</source>
        <translation>触发分红锁定 / 违约次数</translation>
    </message>
    <message>
        <source>Indicative Term Sheet</source>
        <translation>指示性条款清单</translation>
    </message>
    <message>
        <source>Date: %1 &amp;nbsp;&amp;nbsp; Deal version: %2</source>
        <translation>日期：%1 &amp;nbsp;&amp;nbsp; 交易版本：%2</translation>
    </message>
    <message>
        <source>Indicative and non-binding. This term sheet is for discussion only: it is not an offer or a commitment to lend, arrange or underwrite, and creates no legal obligation. Any financing is subject to due diligence, credit approval and definitive documentation. Figures are the GPU Deal Studio model&apos;s base case for the deal as of the date above; they are not a market quote.</source>
        <translation>仅供参考，不具约束力。本条款清单仅供讨论之用：不构成贷款、安排或包销的要约或承诺，亦不产生任何法律义务。任何融资均须以尽职调查、信贷审批及最终交易文件为前提。数据为 GPU Deal Studio 模型截至上述日期对该交易的基准情形，并非市场报价。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debt balance and DSCR&lt;/b&gt; (monthly; DSCR against the covenant levels)</source>
        <translation>&lt;b&gt;债务余额与 DSCR&lt;/b&gt;（按月；DSCR 对照财务约束水平）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue stack&lt;/b&gt; by calendar year (%1; contracted, merchant, hedge settlements)</source>
        <translation>&lt;b&gt;收入构成&lt;/b&gt;，按日历年（%1；合同收入、市场销售、对冲结算）</translation>
    </message>
    <message>
        <source>the deal cannot be computed: %1</source>
        <translation>无法计算该交易：%1</translation>
    </message>
    <message>
        <source>the term sheet needs a date</source>
        <translation>条款清单需要日期</translation>
    </message>
    <message>
        <source>Indicative Term Sheet - %1</source>
        <translation>指示性条款清单 - %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>无法写入“%1”</translation>
    </message>
    <message>
        <source>%1 | version %2</source>
        <translation>%1 | 版本 %2</translation>
    </message>
    <message>
        <source>Indicative and non-binding</source>
        <translation>仅供参考，不具约束力</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis title: currency code</comment>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>Debt balance (left)</source>
        <translation>债务余额（左轴）</translation>
    </message>
    <message>
        <source>DSCR (right)</source>
        <translation>DSCR（右轴）</translation>
    </message>
    <message>
        <source>Lock-up %1</source>
        <translation>分红锁定 %1</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>违约 %1</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>合同收入</translation>
    </message>
    <message>
        <source>Merchant (spot)</source>
        <translation>市场销售（现货）</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>对冲结算</translation>
    </message>
    <message>
        <source>Swap</source>
        <comment>hedge type</comment>
        <translation>互换</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>hedge type</comment>
        <translation>底价期权</translation>
    </message>
    <message>
        <source>Futures</source>
        <comment>hedge type</comment>
        <translation>期货</translation>
    </message>
    <message>
        <source>Above the whole range tested: the minimum DSCR stays above %1 even with the spot price curve at zero</source>
        <translation>超出全部测试范围：即使现货价格曲线降至零，最低 DSCR 仍高于 %1</translation>
    </message>
    <message>
        <source>Strike (%1/GPU-h)</source>
        <translation>行权价（%1/GPU 小时）</translation>
    </message>
    <message>
        <source>Fee + premium (%1)</source>
        <translation>费用 + 期权费（%1）</translation>
    </message>
    <message>
        <source>Price (%1/GPU-h)</source>
        <translation>价格（%1/GPU 小时）</translation>
    </message>
    <message>
        <source>above the range tested</source>
        <translation>超出测试范围</translation>
    </message>
    <message>
        <source>Fixed %1</source>
        <translation>固定 %1</translation>
    </message>
    <message>
        <source>Base rate curve</source>
        <translation>基准利率曲线</translation>
    </message>
    <message>
        <source>Base %1</source>
        <translation>基准 %1</translation>
    </message>
    <message>
        <source>%1 + margin by rating</source>
        <translation>%1 + 按评级的利差</translation>
    </message>
    <message>
        <source>%1 + margin grid</source>
        <translation>%1 + 利差阶梯</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tranches&lt;/b&gt; (pari passu: they share the facility&apos;s sizing, drawdowns, repayment profile and security pro rata to their shares; amounts at COD, %1)</source>
        <translation>&lt;b&gt;分档&lt;/b&gt;（同等受偿：按各自比例分享贷款额度的规模、提款、还款方式和担保；金额为 COD 时，%1）</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Margin applied</source>
        <translation>适用利差</translation>
    </message>
    <message>
        <source>Lender yield</source>
        <translation>贷款人收益率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin by rating&lt;/b&gt;: each GPU-hour of the tenor is priced by the rating of the offtaker that buys it; hedged and merchant hours at their own margins</source>
        <translation>&lt;b&gt;按评级的利差&lt;/b&gt;：期限内每个 GPU 小时按购买它的承购方评级定价；已对冲和市场销售的小时按各自利差</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin by rating, %1&lt;/b&gt;: each GPU-hour of the tenor is priced by the rating of the offtaker that buys it; hedged and merchant hours at their own margins</source>
        <translation>&lt;b&gt;按评级的利差，%1&lt;/b&gt;：期限内每个 GPU 小时按购买它的承购方评级定价；已对冲和市场销售的小时按各自利差</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>已对冲</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>市场销售</translation>
    </message>
    <message>
        <source>By offtaker rating (table below), weighted over every GPU-hour of the tenor</source>
        <translation>按承购方评级（见下表），按期限内每个 GPU 小时加权</translation>
    </message>
    <message numerus="yes">
        <source>Model: %n test date(s) below; lowest monthly DSCR %1</source>
        <translation>
            <numerusform>模型：%n 个测试日低于该水平；最低月度 DSCR %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Historic DSCR below %1 on a test date (see Cash management). %2</source>
        <translation>测试日历史 DSCR 低于 %1（见现金管理）。%2</translation>
    </message>
    <message>
        <source>Historic DSCR below %1 on a test date. %2</source>
        <translation>测试日历史 DSCR 低于 %1。%2</translation>
    </message>
    <message>
        <source>On each test date: CFADS over scheduled debt service of the last %1 (historic DSCR)</source>
        <translation>每个测试日：过去 %1 的 CFADS 除以计划偿债额（历史 DSCR）</translation>
    </message>
    <message>
        <source>Not measured: the deal has no collateral block</source>
        <translation>未计量：该交易没有抵押品设置</translation>
    </message>
    <message>
        <source>Tested on each test date; a shortfall is cured by prepayment from the distribution account, then the lock-up account; what they cannot cure is an LTV breach. Model: peak LTV %1, %2 breach(es)</source>
        <translation>每个测试日进行测试；缺口先以分配账户、再以锁定账户的提前还款补救；无法补救的部分为 LTV 违约。模型：最高 LTV %1，违约 %2 次</translation>
    </message>
    <message>
        <source>Measured monthly; without a cash waterfall no cure is modelled. Model: peak LTV %1</source>
        <translation>按月计量；没有现金瀑布时不模拟补救。模型：最高 LTV %1</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>维持 LTV</translation>
    </message>
    <message>
        <source>Loan balance at most %1 of the collateral&apos;s market value (see Collateral). %2</source>
        <translation>贷款余额不超过抵押品市场价值的 %1（见抵押品）。%2</translation>
    </message>
    <message>
        <source>%1 (month %2 from COD)</source>
        <translation>%1（COD 后第 %2 个月）</translation>
    </message>
    <message>
        <source>Cash management</source>
        <translation>现金管理</translation>
    </message>
    <message>
        <source>Controlled accounts</source>
        <translation>受控账户</translation>
    </message>
    <message>
        <source>Operating cash after debt service and the DSRA top-up is paid into a distribution account controlled by the lenders. A shortfall is met from it, then from the lock-up account, then from the DSRA; the sponsor funds what remains (equity support).</source>
        <translation>偿债及补足 DSRA 后的经营现金存入由贷款人控制的分配账户。缺口依次由该账户、锁定账户和 DSRA 弥补；剩余部分由发起人出资（股东支持）。</translation>
    </message>
    <message>
        <source>Test dates</source>
        <translation>测试日</translation>
    </message>
    <message>
        <source>Every %1 from COD (first test date %2) and at final maturity; the sponsor receives the distribution account only on a test date that passes</source>
        <translation>COD 起每 %1（首个测试日 %2）及最终到期日；仅在测试通过的测试日，发起人才能获得分配账户中的资金</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>分红锁定</translation>
    </message>
    <message>
        <source>Historic DSCR below %1 (lookback %2): the test fails and the distribution account is trapped in a lock-up account</source>
        <translation>历史 DSCR 低于 %1（回溯 %2）：测试未通过，分配账户资金被锁定在锁定账户中</translation>
    </message>
    <message>
        <source>None: the tests do not trap cash</source>
        <translation>无：测试不锁定现金</translation>
    </message>
    <message>
        <source>Release of trapped cash</source>
        <translation>锁定现金的释放</translation>
    </message>
    <message numerus="yes">
        <source>To the sponsor once %n consecutive test(s) pass, and on every passing test after that</source>
        <translation>
            <numerusform>连续 %n 次测试通过后释放给发起人，此后每次测试通过时亦然</numerusform>
        </translation>
    </message>
    <message>
        <source>Trapped-cash sweep</source>
        <translation>锁定现金清扫</translation>
    </message>
    <message numerus="yes">
        <source>Once %n consecutive test(s) fail, and on every failing test after that, the lock-up account prepays the facility</source>
        <translation>
            <numerusform>连续 %n 次测试未通过后，以及此后每次测试未通过时，以锁定账户资金提前偿还贷款</numerusform>
        </translation>
    </message>
    <message>
        <source>None: trapped cash stays in the lock-up account until released</source>
        <translation>无：锁定现金留在锁定账户中直至释放</translation>
    </message>
    <message>
        <source>Excess cash sweep</source>
        <translation>超额现金清扫</translation>
    </message>
    <message>
        <source>%1 of the distribution account prepays the facility on every test date, before the lock-up test</source>
        <translation>每个测试日在锁定测试前，以分配账户的 %1 提前偿还贷款</translation>
    </message>
    <message>
        <source>Prepayments</source>
        <translation>提前还款</translation>
    </message>
    <message>
        <source>Applied as principal; every later scheduled instalment falls in proportion (the repayment profile is kept)</source>
        <translation>计入本金；此后每期计划还款按比例减少（还款方式不变）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base case&lt;/b&gt; (the model&apos;s figures)</source>
        <translation>&lt;b&gt;基准情形&lt;/b&gt;（模型数据）</translation>
    </message>
    <message>
        <source>First failing test</source>
        <translation>首次未通过的测试</translation>
    </message>
    <message>
        <source>None: the historic DSCR stays at or above %1 on every test date</source>
        <translation>无：每个测试日的历史 DSCR 均不低于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, historic DSCR %2; %n test date(s) below %3 in all</source>
        <translation>
            <numerusform>%1，历史 DSCR %2；共 %n 个测试日低于 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash trapped at most</source>
        <translation>最大锁定现金</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <source>Prepaid in total</source>
        <translation>提前还款合计</translation>
    </message>
    <message>
        <source>%1 (%2 of the facility)</source>
        <translation>%1（贷款额度的 %2）</translation>
    </message>
    <message>
        <source>Repaid in</source>
        <translation>还清于</translation>
    </message>
    <message>
        <source>%1, %2 before the final maturity date</source>
        <translation>%1，比最终到期日提前 %2</translation>
    </message>
    <message>
        <source>%1, at final maturity</source>
        <translation>%1，于最终到期日</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>担保</translation>
    </message>
    <message>
        <source>First-ranking security over the hardware of the capex categories %1: %2 at cost</source>
        <translation>对资本支出类别 %1 硬件的第一顺位担保：按成本计 %2</translation>
    </message>
    <message>
        <source>Assumed market value</source>
        <translation>假设市场价值</translation>
    </message>
    <message>
        <source>Cost at COD, falling %1 a year (monthly, compounding) to a floor of %2 of cost</source>
        <translation>COD 时按成本计，每年下降 %1（按月复合），下限为成本的 %2</translation>
    </message>
    <message>
        <source>Index link</source>
        <translation>指数挂钩</translation>
    </message>
    <message>
        <source>Index-linked: on the Monte Carlo paths the value moves with the spot price index</source>
        <translation>与指数挂钩：在蒙特卡洛路径上，价值随现货价格指数变动</translation>
    </message>
    <message>
        <source>None: the value follows the curve above on every path</source>
        <translation>无：在每条路径上价值均遵循上述曲线</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>终值</translation>
    </message>
    <message>
        <source>%1 at the end of operations (%2): the collateral at market plus the book value of the other assets</source>
        <translation>运营结束时（%2）为 %1：抵押品市场价值加上其他资产的账面价值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collateral value and loan&lt;/b&gt; at COD and each anniversary (%1)</source>
        <translation>&lt;b&gt;抵押品价值与贷款&lt;/b&gt;：COD 及每个周年日（%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>抵押品价值</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>贷款余额</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Tax basis</source>
        <translation>税务基础</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>税务折旧</translation>
    </message>
    <message>
        <source>MACRS 5-year (half-year convention) on the full cost of compute, networking, storage and spares, with %1 bonus depreciation in the first operating month; other items straight line</source>
        <translation>对计算、网络、存储和备件的全部成本采用 MACRS 5 年（半年惯例），首个运营月计提 %1 额外折旧；其他项目按直线法</translation>
    </message>
    <message>
        <source>Straight line over each item&apos;s useful life, as in the books</source>
        <translation>按各项目使用年限直线折旧，与账面一致</translation>
    </message>
    <message>
        <source>Tax losses</source>
        <translation>税务亏损</translation>
    </message>
    <message>
        <source>Carried forward without limit</source>
        <translation>无限制结转</translation>
    </message>
    <message>
        <source>Carried forward; they offset at most %1 of a period&apos;s taxable income</source>
        <translation>结转；最多抵消每期应税收入的 %1</translation>
    </message>
    <message>
        <source>Tax on the terminal value</source>
        <translation>终值税</translation>
    </message>
    <message>
        <source>%1: the tax rate on the terminal value less the remaining tax basis, due at the end of operations (a loss saves tax)</source>
        <translation>%1：按税率对终值减去剩余计税基础征税，于运营结束时缴纳（亏损可节税）</translation>
    </message>
    <message>
        <source>Peak LTV (collateral)</source>
        <translation>最高 LTV（抵押品）</translation>
    </message>
    <message>
        <source>LTV breaches</source>
        <translation>LTV 违约次数</translation>
    </message>
    <message>
        <source>Debt repaid in</source>
        <translation>债务还清于</translation>
    </message>
</context>
<context>
    <name>gds::report::Format</name>
    <message>
        <source>%1 %2 per GPU-hour</source>
        <comment>currency code, price</comment>
        <translation>%1 %2/GPU 小时</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1x</source>
        <comment>a multiple such as a DSCR of 1.53x</comment>
        <translation>%1x</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>gds::ui</name>
    <message>
        <source>Prepayment of debt</source>
        <translation>提前还款</translation>
    </message>
    <message>
        <source>Historic DSCR (test date)</source>
        <translation>历史 DSCR（测试日）</translation>
    </message>
    <message>
        <source>Distribution account</source>
        <translation>分配账户</translation>
    </message>
    <message>
        <source>Lock-up account</source>
        <translation>锁定账户</translation>
    </message>
    <message>
        <source>Distribution to equity</source>
        <translation>向股东分配</translation>
    </message>
    <message>
        <source>Equity support</source>
        <translation>股东支持</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>抵押品价值</translation>
    </message>
    <message>
        <source>LTV (collateral)</source>
        <translation>LTV（抵押品）</translation>
    </message>
    <message>
        <source>GPU-h</source>
        <translation>GPU-h</translation>
    </message>
    <message>
        <source>#</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>close</source>
        <translation>融资关闭</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力设备</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>场地设施</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>软成本</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>价格下限期权</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>期货</translation>
    </message>
    <message>
        <source>Sculpted</source>
        <translation>按覆盖率定制</translation>
    </message>
    <message>
        <source>Annuity</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>到期一次还本</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Sellable hours</source>
        <translation>可售时长</translation>
    </message>
    <message>
        <source>Contract revenue</source>
        <translation>合同收入</translation>
    </message>
    <message>
        <source>Prepayment received</source>
        <translation>已收预付款</translation>
    </message>
    <message>
        <source>Prepaid release</source>
        <translation>预付款摊销</translation>
    </message>
    <message>
        <source>Merchant revenue</source>
        <translation>市场销售收入</translation>
    </message>
    <message>
        <source>Spot index</source>
        <translation>现货指数</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>对冲结算</translation>
    </message>
    <message>
        <source>Hedge margin flow</source>
        <translation>对冲保证金流</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Fixed opex</source>
        <translation>固定运营成本</translation>
    </message>
    <message>
        <source>Variable opex</source>
        <translation>可变运营成本</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>Financing cost amortization</source>
        <translation>融资费用摊销</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>已付利息</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>CFADS</source>
        <translation>CFADS</translation>
    </message>
    <message>
        <source>Debt draw</source>
        <translation>提款</translation>
    </message>
    <message>
        <source>Capitalized interest (IDC)</source>
        <translation>建设期资本化利息（IDC）</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>承诺费</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>还本付息</translation>
    </message>
    <message>
        <source>Debt balance</source>
        <translation>债务余额</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>DSCR</translation>
    </message>
    <message>
        <source>DSRA balance</source>
        <translation>DSRA 余额</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>股权现金流</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency symbol per GPU-hour</comment>
        <translation>%1/GPU 小时</translation>
    </message>
    <message>
        <source>%1%2 m</source>
        <comment>currency symbol, amount in millions</comment>
        <translation>%1%2 百万</translation>
    </message>
    <message>
        <source>%1%2 k</source>
        <comment>currency symbol, amount in thousands</comment>
        <translation>%1%2 千</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of years</comment>
        <translation>%1至%2年</translation>
    </message>
    <message>
        <source>no merchant volume</source>
        <translation>无市场销售量</translation>
    </message>
    <message>
        <source>net short the index in %1</source>
        <translation>%1净空头指数敞口</translation>
    </message>
    <message>
        <source>net long the index in every year</source>
        <translation>每年均为净多头指数敞口</translation>
    </message>
    <message>
        <source>No hedges: the merchant volume is fully exposed to the index.</source>
        <translation>无对冲：市场销售量完全暴露于指数。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>year: hedge ratio</comment>
        <translation>%1年：%2</translation>
    </message>
    <message>
        <source>Over-hedged in %1: the hedges&apos; notional exceeds the expected merchant GPU-hours</source>
        <translation>%1超额对冲：对冲名义量超过预期市场化GPU小时</translation>
    </message>
    <message>
        <source>, so the deal is net short the index in %1: there a lower spot price raises CFADS and the DSCR, a higher one lowers them.</source>
        <translation>，因此该交易在%1为净空头指数敞口：此时现货价格下降会提高CFADS和DSCR，上升则会降低。</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>必须大于 %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>必须至少为 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>must be at least %1 and less than %2</source>
        <translation>必须至少为 %1 且小于 %2</translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation>必须大于 %1 且不超过 %2</translation>
    </message>
    <message>
        <source>must be greater than %1 and less than %2</source>
        <translation>必须大于 %1 且小于 %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>the spend shares must add up to 100 % (they add up to %1 %)</source>
        <translation>支出比例合计必须为 100 %（目前合计 %1 %）</translation>
    </message>
    <message>
        <source>the contracts active in %1 need %2 GPUs, more than the cluster&apos;s %3</source>
        <translation>%1有效的合同需要 %2 个GPU，超过集群的 %3 个</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation>至少需要一行</translation>
    </message>
    <message>
        <source>contains characters that are not text</source>
        <translation>包含非文本字符</translation>
    </message>
    <message>
        <source>must be 0 unless the hedge is futures</source>
        <translation>除期货外必须为 0</translation>
    </message>
    <message>
        <source>Hedge ratio up to %1 (%2); %3</source>
        <translation>对冲比率最高 %1（%2年）；%3</translation>
    </message>
    <message>
        <source>Hedges without merchant volume; %1</source>
        <translation>对冲期间无市场销售量；%1</translation>
    </message>
    <message>
        <source>Hedge ratio by year (hedged GPU-hours over expected merchant GPU-hours): %1.</source>
        <translation>分年度对冲比率（对冲GPU小时 / 预期市场销售GPU小时）：%1。</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>spend entry %1, %2</source>
        <translation>支出第 %1 项，%2</translation>
    </message>
    <message>
        <source>%1 entry %2, %3</source>
        <comment>list, entry number, field</comment>
        <translation>%1 第 %2 项，%3</translation>
    </message>
    <message>
        <source>the tranches&apos; shares must add up to 100 % (they add up to %1 %)</source>
        <translation>各分档的份额合计必须为 100 %（当前合计 %1 %）</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>不是可选项之一</translation>
    </message>
    <message>
        <source>is too large (at most 10^12)</source>
        <translation>太大（最多 10^12）</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>最多 200 个字符</translation>
    </message>
    <message>
        <source>must be a currency code of 3 capital letters, e.g. USD</source>
        <translation>必须是 3 个大写字母的货币代码，例如 USD</translation>
    </message>
    <message>
        <source>the year must be from 1990 to 2200</source>
        <translation>年份必须在 1990 到 2200 之间</translation>
    </message>
    <message>
        <source>the month must be from 1 to 12</source>
        <translation>月份必须在 1 到 12 之间</translation>
    </message>
    <message>
        <source>must be 0 for this hedge type</source>
        <translation>此对冲类型必须为 0</translation>
    </message>
    <message>
        <source>needs a row with minimum coverage 0 %</source>
        <translation>需要一行最低覆盖率为 0 %</translation>
    </message>
    <message>
        <source>needs 1 to 5 tranches</source>
        <translation>需要 1 到 5 个分档</translation>
    </message>
    <message>
        <source>must differ from the other tranches&apos; names (same as tranche %1)</source>
        <translation>必须与其他分档名称不同（与分档 %1 相同）</translation>
    </message>
    <message>
        <source>has an unknown sizing mode</source>
        <translation>的规模确定方式未知</translation>
    </message>
    <message>
        <source>needs collateral and the cash waterfall</source>
        <translation>需要抵押品和现金瀑布</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>列出了两次</translation>
    </message>
    <message>
        <source>must be 0 unless the tax depreciation is MACRS 5-year</source>
        <translation>除非税务折旧为 MACRS 5 年，否则必须为 0</translation>
    </message>
    <message>
        <source>a sculpted loan needs positive CFADS in the tenor; there is none</source>
        <translation>定制还款贷款需要期限内为正的 CFADS；但没有</translation>
    </message>
    <message>
        <source>the debt is larger than the capex it funds (the draws would be %1 times the capex)</source>
        <translation>债务大于其所融资的资本支出（提款将是资本支出的 %1 倍）</translation>
    </message>
    <message>
        <source>the target must be a number</source>
        <translation>目标必须是数字</translation>
    </message>
    <message>
        <source>the Monte Carlo needs at least one path</source>
        <translation>蒙特卡洛至少需要一条路径</translation>
    </message>
    <message>
        <source>the deal has no offtake contracts</source>
        <translation>该交易没有承购合同</translation>
    </message>
    <message>
        <source>there is no offtake row %1</source>
        <translation>没有承购第 %1 行</translation>
    </message>
    <message>
        <source>the lowest contract price tried must be above 0</source>
        <translation>尝试的最低合同价格必须大于 0</translation>
    </message>
    <message>
        <source>the deal has no hedges</source>
        <translation>该交易没有对冲</translation>
    </message>
    <message>
        <source>there is no hedge row %1</source>
        <translation>没有对冲第 %1 行</translation>
    </message>
    <message>
        <source>a strike cannot be negative</source>
        <translation>行权价不能为负</translation>
    </message>
    <message>
        <source>the deal has no capex for a debt to fund</source>
        <translation>该交易没有可由债务融资的资本支出</translation>
    </message>
    <message>
        <source>the smallest debt tried must be above 0</source>
        <translation>尝试的最小债务必须大于 0</translation>
    </message>
    <message>
        <source>the lower end of the range must be below its upper end</source>
        <translation>范围的下限必须低于上限</translation>
    </message>
    <message>
        <source>the solver failed (%1)</source>
        <translation>求解器失败（%1）</translation>
    </message>
    <message>
        <source>is too long for a workbook cell (%1 characters, at most %2)</source>
        <translation>对工作簿单元格来说太长（%1 个字符，最多 %2）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a field of a deal file</source>
        <translation>不是交易文件的字段</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>Capex row %1</source>
        <translation>资本支出第 %1 行</translation>
    </message>
    <message>
        <source>Offtake row %1</source>
        <translation>承购第 %1 行</translation>
    </message>
    <message>
        <source>Hedges row %1</source>
        <translation>对冲第 %1 行</translation>
    </message>
    <message>
        <source>Tranche row %1</source>
        <translation>分档第 %1 行</translation>
    </message>
    <message>
        <source>%1 runs to %2, past the model&apos;s last month %3: the months after it are cut off</source>
        <translation>%1 持续到 %2，超过模型的最后一个月 %3：之后的月份被截去</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>metric of tranche</comment>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1: the flows have several IRRs; the one closest to 0 is shown</source>
        <translation>%1：现金流有多个 IRR；显示最接近 0 的那个</translation>
    </message>
    <message>
        <source>The debt sizing did not converge in %1 rounds; the last round is shown</source>
        <translation>债务规模确定在 %1 轮内未收敛；显示最后一轮</translation>
    </message>
    <message>
        <source>Sculpted debt service falls below interest in some months (negative principal)</source>
        <translation>某些月份定制的偿债额低于利息（本金为负）</translation>
    </message>
    <message>
        <source>The waterfall&apos;s accounts do not balance (internal error)</source>
        <translation>瀑布的账户不平衡（内部错误）</translation>
    </message>
    <message>
        <source>moves only the Monte Carlo (offtaker defaults)</source>
        <translation>只影响蒙特卡洛（承购方违约）</translation>
    </message>
    <message>
        <source>the deal has no credit block: no effect</source>
        <translation>该交易没有信用模块：无影响</translation>
    </message>
    <message>
        <source>the deal has no offtake contracts: no effect</source>
        <translation>该交易没有承购合同：无影响</translation>
    </message>
    <message>
        <source>the deal has no capex rows: no effect</source>
        <translation>该交易没有资本支出行：无影响</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: problem</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gds::ui::BaseCurveModel</name>
    <message>
        <source>curve year</source>
        <translation>曲线年份</translation>
    </message>
    <message>
        <source>Base rate (%)</source>
        <translation>基准利率（%）</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
</context>
<context>
    <name>gds::ui::CapexModel</name>
    <message>
        <source>capex line</source>
        <translation>资本支出项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Spend (period: share)</source>
        <translation>支出（期间：占比）</translation>
    </message>
    <message>
        <source>Life (months)</source>
        <translation>使用寿命（月）</translation>
    </message>
    <message>
        <source>Residual (%)</source>
        <translation>残值（%）</translation>
    </message>
    <message>
        <source>Unit cost (%1)</source>
        <comment>currency</comment>
        <translation>单价（%1）</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <comment>currency</comment>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>New line: set the unit cost</source>
        <translation>新行：请填写单位成本</translation>
    </message>
</context>
<context>
    <name>gds::ui::CellDelegate</name>
    <message>
        <source>%1, row %2: &quot;%3&quot; is not a valid entry; the value was not changed</source>
        <translation>%1，第 %2 行：“%3”不是有效输入；数值未更改</translation>
    </message>
</context>
<context>
    <name>gds::ui::ChartsView</name>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Sources &amp;&amp; uses</source>
        <translation>资金来源与运用</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Debt &amp;&amp; DSCR</source>
        <translation>债务与 DSCR</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>股权</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG or SVG</source>
        <translation>将当前图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>资金运用</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Capitalized interest</source>
        <translation>资本化利息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Initial DSRA</source>
        <translation>DSRA 初始注资</translation>
    </message>
    <message>
        <source>Senior debt</source>
        <translation>优先债务</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>合同收入</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>市场销售</translation>
    </message>
    <message>
        <source>Hedge settlements</source>
        <translation>对冲结算</translation>
    </message>
    <message>
        <source>Lock-up %1x</source>
        <translation>分红锁定 %1x</translation>
    </message>
    <message>
        <source>Default %1x</source>
        <translation>违约 %1x</translation>
    </message>
    <message>
        <source>DSCR (x)</source>
        <translation>DSCR（倍）</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>股权现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>no such chart</source>
        <translation>无此图表</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存至 %1</translation>
    </message>
    <message>
        <source>Capex by category (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>按类别划分的资本支出（百万 %1）</translation>
    </message>
    <message>
        <source>Sources and uses (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>资金来源与运用（百万 %1）</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>axis title: currency symbol, millions</comment>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>Revenue stack by quarter (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>按季度的收入构成（百万 %1）</translation>
    </message>
    <message>
        <source>Equity cash flow and cumulative (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>股权现金流及累计（百万 %1）</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>CFADS, debt service and DSCR by quarter (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>按季度的CFADS、偿债额与DSCR（百万 %1）</translation>
    </message>
    <message>
        <source>CFADS</source>
        <translation>CFADS</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>偿债额</translation>
    </message>
    <message>
        <source>DSCR, lowest month (right)</source>
        <translation>DSCR，季度内最低月份（右轴）</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>现金瀑布</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <source>This deal has no cash waterfall: each month&apos;s cash after debt service goes to the equity.
Turn the cash waterfall on in the Financing section to see the lock-up, the sweeps and the trapped cash here.</source>
        <translation>此交易没有现金瀑布：每月偿债后的现金归股东。
在“融资”部分开启现金瀑布，即可在此查看锁定、清扫和被截留的现金。</translation>
    </message>
    <message>
        <source>Cash waterfall by month: where CFADS goes (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>按月现金瀑布：CFADS 的去向（百万 %1）</translation>
    </message>
    <message>
        <source>Reserve (DSRA)</source>
        <translation>储备（DSRA）</translation>
    </message>
    <message>
        <source>Prepaid (cure, sweeps)</source>
        <translation>提前偿还（补救、清扫）</translation>
    </message>
    <message>
        <source>Held to next test</source>
        <translation>留存至下次测试</translation>
    </message>
    <message>
        <source>Trapped (lock-up)</source>
        <translation>截留（锁定）</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Equity support</source>
        <translation>股东支持</translation>
    </message>
    <message>
        <source>Historic DSCR (right)</source>
        <translation>历史 DSCR（右轴）</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>测试日</translation>
    </message>
    <message>
        <source>Lock-up %1x (off)</source>
        <translation>锁定 %1x（关闭）</translation>
    </message>
    <message>
        <source>This deal values no collateral.
Turn the collateral on in the Financing section to compare the GPUs&apos; market value with the loan and its maintenance LTV.</source>
        <translation>此交易未对抵押品估值。
在“融资”部分开启抵押品，即可将 GPU 的市场价值与贷款及其维持 LTV 进行比较。</translation>
    </message>
    <message>
        <source>Collateral value against the loan (%1 m)</source>
        <comment>currency symbol</comment>
        <translation>抵押品价值与贷款（百万 %1）</translation>
    </message>
    <message>
        <source>Collateral market value</source>
        <translation>抵押品市场价值</translation>
    </message>
    <message>
        <source>Loan balance</source>
        <translation>贷款余额</translation>
    </message>
    <message>
        <source>Maximum loan: LTV limit %1 x collateral value</source>
        <translation>最高贷款额：LTV 上限 %1 x 抵押品价值</translation>
    </message>
    <message>
        <source>No maintenance LTV covenant</source>
        <translation>无维持 LTV 约定</translation>
    </message>
    <message numerus="yes">
        <source>LTV breach on a test date (%n)</source>
        <translation>
            <numerusform>测试日 LTV 违约（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gds::ui::ClusterMarketEditor</name>
    <message>
        <source>%/yr</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Financial close</source>
        <translation>融资关闭日</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建设期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运营期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Power per GPU</source>
        <translation>单 GPU 功率</translation>
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
        <translation>电价</translation>
    </message>
    <message>
        <source>Power escalation</source>
        <translation>电价年涨幅</translation>
    </message>
    <message>
        <source>Fixed opex</source>
        <translation>固定运营成本</translation>
    </message>
    <message>
        <source>Opex escalation</source>
        <translation>运营成本年涨幅</translation>
    </message>
    <message>
        <source>Variable opex</source>
        <translation>可变运营成本</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>占收入 %</translation>
    </message>
    <message>
        <source>Spot market</source>
        <translation>现货市场</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Spot price</source>
        <translation>现货价格</translation>
    </message>
    <message>
        <source>Annual change</source>
        <translation>年变化率</translation>
    </message>
    <message>
        <source>Merchant utilization</source>
        <translation>市场销售利用率</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Mean reversion</source>
        <translation>均值回归</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/年</translation>
    </message>
    <message>
        <source>%1/kWh</source>
        <comment>currency per kilowatt-hour</comment>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>%1/GPU-month</source>
        <comment>currency per GPU and month</comment>
        <translation>%1/GPU·月</translation>
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
        <translation>抵押品</translation>
    </message>
    <message>
        <source>Not modelled</source>
        <translation>不建模</translation>
    </message>
    <message>
        <source>Pledged equipment, valued monthly</source>
        <translation>已质押设备，按月估值</translation>
    </message>
    <message>
        <source>Value decline</source>
        <translation>价值下降</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% 每年</translation>
    </message>
    <message>
        <source>Value floor</source>
        <translation>价值下限</translation>
    </message>
    <message>
        <source>% of cost</source>
        <translation>% 成本</translation>
    </message>
    <message>
        <source>Pledge %1</source>
        <translation>质押%1</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>解除质押%1</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>已质押</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>估值基础</translation>
    </message>
    <message>
        <source>Cost less the decline</source>
        <translation>成本减去价值下降</translation>
    </message>
    <message>
        <source>Linked to the spot index</source>
        <translation>挂钩现货指数</translation>
    </message>
    <message>
        <source>Pledged: %1</source>
        <translation>已质押：%1</translation>
    </message>
    <message>
        <source>Capex categories pledged</source>
        <translation>已质押的资本支出类别</translation>
    </message>
</context>
<context>
    <name>gds::ui::CompareDialog</name>
    <message>
        <source>Compare structures</source>
        <translation>比较融资结构</translation>
    </message>
    <message>
        <source>Structures (tick two to six)</source>
        <translation>融资结构（勾选二至六个）</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>DSCR</translation>
    </message>
    <message>
        <source>Debt balance</source>
        <translation>债务余额</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>Tick two to six structures; the first ticked is the reference for the changes.</source>
        <translation>勾选二至六个结构；第一个勾选的结构作为变化的比较基准。</translation>
    </message>
    <message>
        <source>The deal in the editor, with its unsaved edits</source>
        <translation>编辑器中的交易，包括未保存的修改</translation>
    </message>
    <message>
        <source>The deal in the editor has marked fields: fix them first to compare it</source>
        <translation>编辑器中的交易有标记的字段：请先修正再进行比较</translation>
    </message>
    <message>
        <source>%1 (fix the marked fields first)</source>
        <translation>%1（请先修正标记的字段）</translation>
    </message>
    <message>
        <source>%1 – latest (v%2)</source>
        <translation>%1 – 最新（v%2）</translation>
    </message>
    <message>
        <source>%1 · %2 (v%3)</source>
        <translation>%1 · %2（v%3）</translation>
    </message>
    <message>
        <source>main line</source>
        <translation>主线</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>All versions (%1)</source>
        <translation>全部版本（%1）</translation>
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
        <translation>无法读取工作区：%1</translation>
    </message>
    <message>
        <source>At most %1 structures at a time: untick one first.</source>
        <translation>最多同时比较 %1 个结构：请先取消勾选一个。</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Tick %n more structure(s) to compare (two to six).</source>
        <translation>
            <numerusform>再勾选 %n 个结构即可比较（二至六个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a structure to see what its hedges do.</source>
        <translation>选择一个结构以查看其对冲的作用。</translation>
    </message>
    <message>
        <source>DSCR with and without hedges</source>
        <translation>有无对冲的 DSCR</translation>
    </message>
    <message>
        <source>This structure has no hedges: both columns are the same deal.</source>
        <translation>该结构没有对冲：两列为同一交易。</translation>
    </message>
    <message numerus="yes">
        <source>The same deal recomputed with its %n hedge(s) removed; everything else unchanged. Changes are against the hedged deal.</source>
        <translation>
            <numerusform>移除全部 %n 项对冲后重新计算的同一交易，其他不变。变化相对于含对冲的交易。</numerusform>
        </translation>
    </message>
    <message>
        <source>DSCR by month</source>
        <translation>各月 DSCR</translation>
    </message>
    <message>
        <source>Debt balance by month</source>
        <translation>各月债务余额</translation>
    </message>
    <message>
        <source>DSCR (x)</source>
        <translation>DSCR（倍）</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>DSCR (x), axis capped at 5x</source>
        <translation>DSCR（倍），坐标轴上限 5x</translation>
    </message>
    <message>
        <source>Tick at least two structures to compare.</source>
        <translation>请至少勾选两个结构进行比较。</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>比较未导出：%1</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF，A4 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF，US Letter 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>Comparison exported to %1</source>
        <translation>比较已导出至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n structures; the first ticked is the reference for the changes.</source>
        <translation>
            <numerusform>%n 个结构；第一个勾选的结构作为变化的比较基准。</numerusform>
        </translation>
    </message>
    <message>
        <source>With hedges</source>
        <translation>含对冲</translation>
    </message>
    <message>
        <source>Without hedges</source>
        <translation>不含对冲</translation>
    </message>
    <message>
        <source>Compare structures: %1</source>
        <translation>比较结构：%1</translation>
    </message>
    <message>
        <source>its hedges</source>
        <translation>其对冲</translation>
    </message>
    <message>
        <source>its cash waterfall</source>
        <translation>其现金瀑布</translation>
    </message>
    <message>
        <source>What the second column removes from the structure, everything else unchanged</source>
        <translation>第二列从结构中去除的部分，其他条件不变</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>结构(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Without:</source>
        <translation>去除(&amp;W)：</translation>
    </message>
    <message>
        <source>With and without</source>
        <translation>有无对比</translation>
    </message>
    <message>
        <source>DSCR with and without the cash waterfall</source>
        <translation>有无现金瀑布的 DSCR</translation>
    </message>
    <message>
        <source>Pick a structure to see what its cash waterfall does.</source>
        <translation>选择一个结构，查看其现金瀑布的作用。</translation>
    </message>
    <message>
        <source>With the waterfall</source>
        <translation>含瀑布</translation>
    </message>
    <message>
        <source>Without the waterfall</source>
        <translation>不含瀑布</translation>
    </message>
    <message>
        <source>This structure has no cash waterfall: both columns are the same deal.</source>
        <translation>该结构没有现金瀑布：两列为同一交易。</translation>
    </message>
    <message>
        <source>The same deal recomputed without its cash waterfall (no accounts, tests, lock-up, cure or sweeps); everything else unchanged.</source>
        <translation>同一交易在去除现金瀑布后重新计算（无账户、测试、锁定、补救或清扫）；其他条件不变。</translation>
    </message>
</context>
<context>
    <name>gds::ui::CompareModel</name>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>无法计算 %1：%2</translation>
    </message>
    <message>
        <source>%1
The reference: other columns show their change against it</source>
        <translation>%1
比较基准：其他列显示相对于它的变化</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Neutral: no best marked</source>
        <translation>中性：不标注最优</translation>
    </message>
    <message>
        <source>%1
(not computable)</source>
        <translation>%1
（无法计算）</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <comment>a delta against the first structure</comment>
        <translation>%1，对比 %2</translation>
    </message>
    <message>
        <source>Best of the compared structures</source>
        <translation>所比较结构中的最优值</translation>
    </message>
    <message>
        <source>Tranche %1: lender yield</source>
        <translation>分档 %1：贷款人收益率</translation>
    </message>
    <message>
        <source>Tranche %1: amount</source>
        <translation>分档 %1：金额</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>gds::ui::ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>连接到团队工作区</translation>
    </message>
    <message>
        <source>A team workspace is a deal book on a PostgreSQL server that your team shares. Paste the connection string you were given, or fill in the fields.</source>
        <translation>团队工作区是团队共享的 PostgreSQL 服务器上的交易簿。请粘贴您收到的连接字符串，或填写各字段。</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>连接字符串(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder:</source>
        <translation>主机或套接字文件夹(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>默认 (prefer)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: use it over a network</source>
        <translation>verify-full 会检查服务器的证书和名称：通过网络连接时请使用</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>TLS (sslmode)(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a settings file.</source>
        <translation>密码保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>No system keyring is reachable: the password is not stored anywhere and will be asked each time you connect.</source>
        <translation>无法访问系统密钥环：密码不会保存在任何地方，每次连接时都会询问。</translation>
    </message>
</context>
<context>
    <name>gds::ui::CreditEditor</name>
    <message>
        <source>Offtaker credit (Monte Carlo)</source>
        <translation>承购方信用（蒙特卡洛）</translation>
    </message>
    <message>
        <source>Offtaker defaults</source>
        <translation>承购方违约</translation>
    </message>
    <message>
        <source>Not modelled</source>
        <translation>不建模</translation>
    </message>
    <message>
        <source>Modelled (one-factor Gaussian copula)</source>
        <translation>建模（单因子高斯 Copula）</translation>
    </message>
    <message>
        <source>Default probability %1</source>
        <translation>违约概率 %1</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% 每年</translation>
    </message>
    <message>
        <source>Annual default probability of a %1-rated offtaker; the format&apos;s default is %2 % (S&amp;P long-run one-year rate, floored at 0.03 %)</source>
        <translation>评级为 %1 的承购方的年度违约概率；格式默认值为 %2 %（S&amp;P 长期一年期违约率，下限 0.03 %）</translation>
    </message>
    <message>
        <source>%1 (default %2 %)</source>
        <translation>%1（默认 %2 %）</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Remarketing</source>
        <translation>重新营销</translation>
    </message>
    <message>
        <source>months idle</source>
        <translation>个月闲置</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回收率</translation>
    </message>
    <message>
        <source>% of the lost contract value</source>
        <translation>% 损失合同价值</translation>
    </message>
</context>
<context>
    <name>gds::ui::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>CSV for spreadsheets, %1 format (*.csv)</source>
        <translation>用于电子表格的 CSV，%1 格式 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for machines, locale-independent (*.csv)</source>
        <translation>用于程序处理的 CSV，与区域设置无关 (*.csv)</translation>
    </message>
</context>
<context>
    <name>gds::ui::DealEditor</name>
    <message>
        <source>Cluster &amp;&amp; market</source>
        <translation>集群与市场</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>承购</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>对冲</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Spend: model period and share of the line&apos;s cost, e.g. &quot;0: 30 %; 2: 70 %&quot; (period 0 is financial close).</source>
        <translation>支出：模型期间及占该项成本的比例，例如“0: 30 %; 2: 70 %”（第 0 期为融资关闭）。</translation>
    </message>
    <message>
        <source>Take-or-pay contracts; start is a model period (the first operating period is construction months + 1).</source>
        <translation>照付不议合同；起始为模型期间（首个运营期 = 建设期月数 + 1）。</translation>
    </message>
    <message>
        <source>The operator receives the strike and pays the index. A futures contract is about one GPU for one month (730 GPU-hours).</source>
        <translation>运营方收取行权价并支付指数价格。一份期货合约约相当于一块 GPU 使用一个月（730 GPU 小时）。</translation>
    </message>
    <message>
        <source>This section has problems; hover the marked fields</source>
        <translation>本部分存在问题；请将鼠标悬停在标记的字段上</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <comment>section, row: problem</comment>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <comment>section, row, field: problem</comment>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>section, field: problem</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>field, entry inside it</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>gds::ui::DealTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Computed, read-only</source>
        <translation>计算值，只读</translation>
    </message>
    <message>
        <source>Edit %1 %2: %3</source>
        <translation>编辑%1 %2：%3</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <translation>复制%1 %2</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>删除%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>移动%1 %2</translation>
    </message>
    <message>
        <source>nothing to paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message>
        <source>row %1, %2: cannot read &quot;%3&quot;</source>
        <translation>第 %1 行，%2：无法读取“%3”</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>粘贴 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gds::ui::FinancingEditor</name>
    <message>
        <source>Debt sizing and repayment</source>
        <translation>债务规模与还款</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>贷款额度</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>规模测算</translation>
    </message>
    <message>
        <source>Target DSCR, capped by LTV</source>
        <translation>目标 DSCR，受 LTV 上限约束</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Target DSCR</source>
        <translation>目标 DSCR</translation>
    </message>
    <message>
        <source>Max LTV</source>
        <translation>最高 LTV</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Rate type</source>
        <translation>利率类型</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>浮动</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>固定利率</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Base rate kind</source>
        <translation>基准利率类型</translation>
    </message>
    <message>
        <source>Flat base rate</source>
        <translation>固定基准利率</translation>
    </message>
    <message>
        <source>Base-rate curve (one rate a year)</source>
        <translation>基准利率曲线（每年一个利率）</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>基准利率</translation>
    </message>
    <message>
        <source>Base curve</source>
        <translation>基准曲线</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利差</translation>
    </message>
    <message>
        <source>Margin kind</source>
        <translation>利差类型</translation>
    </message>
    <message>
        <source>Flat margin</source>
        <translation>固定利差</translation>
    </message>
    <message>
        <source>Margin grid by coverage</source>
        <translation>按覆盖比例的利差分档</translation>
    </message>
    <message>
        <source>Margin grid</source>
        <translation>利差分档</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>计息基准</translation>
    </message>
    <message>
        <source>Fees, reserve and covenants</source>
        <translation>费用、储备与财务契约</translation>
    </message>
    <message>
        <source>Upfront fee</source>
        <translation>前端费</translation>
    </message>
    <message>
        <source>% of debt</source>
        <translation>占债务 %</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>承诺费</translation>
    </message>
    <message>
        <source>% p.a. on undrawn</source>
        <translation>未提款部分年费率 %</translation>
    </message>
    <message>
        <source>DSRA</source>
        <translation>DSRA</translation>
    </message>
    <message>
        <source>months of DS</source>
        <translation>个月还本付息</translation>
    </message>
    <message>
        <source>Lock-up DSCR</source>
        <translation>分红锁定 DSCR</translation>
    </message>
    <message>
        <source>Default DSCR</source>
        <translation>违约 DSCR</translation>
    </message>
    <message>
        <source>Equity and tax</source>
        <translation>股权与税费</translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation>股权成本</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>One rate for the facility</source>
        <translation>整笔贷款单一利率</translation>
    </message>
    <message>
        <source>Tranches, each with its rate</source>
        <translation>分档，各有其利率</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Margin by offtaker rating</source>
        <translation>按承购方评级的利差</translation>
    </message>
    <message>
        <source>Margin by rating</source>
        <translation>按评级的利差</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>税务折旧</translation>
    </message>
    <message>
        <source>Straight line over the useful life</source>
        <translation>按使用年限直线折旧</translation>
    </message>
    <message>
        <source>MACRS 5-year (US)</source>
        <translation>MACRS 5 年（美国）</translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation>额外折旧</translation>
    </message>
    <message>
        <source>% in year 1</source>
        <translation>% 于第 1 年</translation>
    </message>
    <message>
        <source>NOL limit</source>
        <translation>净经营亏损抵扣上限</translation>
    </message>
    <message>
        <source>% of taxable income</source>
        <translation>% 应税所得</translation>
    </message>
    <message>
        <source>Selected tranche</source>
        <translation>所选分档</translation>
    </message>
    <message>
        <source>%1: its base and margin grid below (select a row above to edit another tranche)</source>
        <translation>%1：其基准利率和利差网格见下方（在上方选择一行以编辑其他分档）</translation>
    </message>
</context>
<context>
    <name>gds::ui::FormBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>%1 takes a number: &quot;%2&quot; cannot be part of it</source>
        <translation>%1 需要输入数字：“%2”不能作为数字的一部分</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gds::ui::GoalSeekPanel</name>
    <message>
        <source>Min DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权 IRR</translation>
    </message>
    <message>
        <source>P90 min DSCR (Monte Carlo)</source>
        <translation>P90 最低 DSCR（蒙特卡洛）</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>合同价格</translation>
    </message>
    <message>
        <source>Hedge strike</source>
        <translation>对冲行权价</translation>
    </message>
    <message>
        <source>Debt amount (largest)</source>
        <translation>债务金额（最大）</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Keep the debt amount</source>
        <translation>保持债务金额不变</translation>
    </message>
    <message>
        <source>Keep the base case&apos;s debt while the price or strike moves; otherwise a DSCR-sized loan resizes and its min DSCR stays near the sizing target</source>
        <translation>在价格或行权价变动时保持基准情形的债务；否则按 DSCR 测算的贷款会重新测算，其最低 DSCR 将保持在测算目标附近</translation>
    </message>
    <message>
        <source>Paths / seed</source>
        <translation>路径数 / 种子</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Apply to deal</source>
        <translation>应用到交易</translation>
    </message>
    <message>
        <source>Put the solved value into the deal (one undo step)</source>
        <translation>将求解值写入交易（可一步撤销）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>求解变量</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Solved value</source>
        <translation>求解值</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>实际达到</translation>
    </message>
    <message>
        <source>Deal as it is</source>
        <translation>当前交易</translation>
    </message>
    <message>
        <source>Binding constraint</source>
        <translation>约束条件</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>All contracts (one scale)</source>
        <translation>全部合同（统一比例）</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <source>#%1 %2, strike %3</source>
        <translation>#%1 %2，行权价 %3</translation>
    </message>
    <message>
        <source>(the deal has no hedges)</source>
        <translation>（该交易没有对冲）</translation>
    </message>
    <message>
        <source>the target min DSCR</source>
        <translation>目标最低 DSCR</translation>
    </message>
    <message>
        <source>the target equity IRR</source>
        <translation>目标股权 IRR</translation>
    </message>
    <message>
        <source>the target P90 min DSCR</source>
        <translation>目标 P90 最低 DSCR</translation>
    </message>
    <message>
        <source>the capex limit (the debt cannot exceed the capex it funds)</source>
        <translation>资本支出上限（债务不能超过其所融资的资本支出）</translation>
    </message>
    <message>
        <source>the LTV cap</source>
        <translation>LTV 上限</translation>
    </message>
    <message>
        <source>× %1 on the contract price</source>
        <translation>合同价格 × %1</translation>
    </message>
    <message>
        <source>strike %1/GPU-h</source>
        <translation>行权价 %1/GPU-h</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>债务 %1</translation>
    </message>
    <message>
        <source>The deal is not valid, nothing was solved: %1</source>
        <translation>交易无效，未进行求解：%1</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>Cannot solve: %1</source>
        <translation>无法求解：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Goal seek: %1</source>
        <translation>单变量求解：%1</translation>
    </message>
    <message>
        <source>× %1 on the contract price = %2/GPU-h</source>
        <translation>合同价格 × %1 = %2/GPU-h</translation>
    </message>
    <message>
        <source>P(default) at most (Monte Carlo)</source>
        <translation>P(违约) 不高于（蒙特卡洛）</translation>
    </message>
    <message>
        <source>the target P(default)</source>
        <translation>目标 P(违约)</translation>
    </message>
    <message>
        <source>The answer is rounded to this step (the index quotes prices to 0.0001 per GPU-hour); the metric shown is the one at the rounded value</source>
        <translation>结果按此步长取整（指数报价精确到每GPU小时 0.0001）；显示的指标对应取整后的数值</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>取整步长</translation>
    </message>
    <message>
        <source>contract price</source>
        <translation>合同价格</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>行权价</translation>
    </message>
    <message>
        <source>debt amount</source>
        <translation>债务金额</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of values</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 per GPU-hour</source>
        <translation>%1（每GPU小时）</translation>
    </message>
    <message>
        <source>Fixed amount %1</source>
        <translation>固定金额 %1</translation>
    </message>
    <message>
        <source>Target DSCR %1, capped by LTV %2</source>
        <translation>目标DSCR %1，受LTV %2 上限约束</translation>
    </message>
    <message>
        <source>%1 at the rounded value (target %2)</source>
        <translation>取整值下为 %1（目标 %2）</translation>
    </message>
    <message>
        <source>Rounded to the %1 tick from the solver&apos;s %2; searched %3.</source>
        <translation>由求解值 %2 按 %1 步长取整；搜索范围 %3。</translation>
    </message>
    <message>
        <source>At the rounded value the target is missed by a hair.</source>
        <translation>取整后目标以极小差距未达成。</translation>
    </message>
    <message>
        <source>Met at every %1 in the range: not binding</source>
        <translation>在范围内任一%1下均满足：不构成约束</translation>
    </message>
    <message>
        <source>at least %1 over the range (target %2)</source>
        <translation>整个范围内至少为 %1（目标 %2）</translation>
    </message>
    <message>
        <source>The %1 is at least %2 at every %3 from %4; the target %5 does not bind.</source>
        <translation>在 %4 的任一%3下，%1 至少为 %2；目标 %5 不构成约束。</translation>
    </message>
    <message>
        <source>Not reached at any %1 in the range</source>
        <translation>在范围内任一%1下均未达到</translation>
    </message>
    <message>
        <source>at most %1, at %2 (target %3)</source>
        <translation>最多 %1，对应 %2（目标 %3）</translation>
    </message>
    <message>
        <source>The %1 stays below the target %2 at every %3 from %4.</source>
        <translation>在 %4 的任一%3下，%1 均低于目标 %2。</translation>
    </message>
    <message>
        <source>The loan is resized at its target DSCR as the input moves; tick &quot;Keep the debt amount&quot; to hold it.</source>
        <translation>输入变化时贷款会按其目标DSCR重新测算；勾选“保持债务金额不变”可将其固定。</translation>
    </message>
    <message>
        <source>none: the target holds across the range</source>
        <translation>无：目标在整个范围内均满足</translation>
    </message>
    <message>
        <source>%1 solver iterations, %2 recomputes</source>
        <translation>求解器迭代 %1 次，重新计算 %2 次</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <comment>currency and price per GPU-hour</comment>
        <translation>%1/GPU小时</translation>
    </message>
    <message>
        <source>Offtake row %1, price %2 (was %3)</source>
        <translation>承购第 %1 行，价格 %2（原为 %3）</translation>
    </message>
    <message>
        <source>Hedge %1, strike %2 (was %3)</source>
        <translation>对冲 %1，行权价 %2（原为 %3）</translation>
    </message>
    <message>
        <source>Financing, sizing: %1 (was %2)</source>
        <translation>融资，规模测算：%1（原为 %2）</translation>
    </message>
    <message>
        <source>Apply the goal seek</source>
        <translation>应用单变量求解</translation>
    </message>
    <message>
        <source>The answer was solved with the debt held at the base case&apos;s amount. Applied as solved it also changes the sizing:
%1</source>
        <translation>该结果是在债务固定为基准情形金额的条件下求得的。按求解结果应用也会改变规模测算：
%1</translation>
    </message>
    <message>
        <source>Change only the %1 and the loan is sized as before (on its target DSCR), so its metrics differ from the answer.</source>
        <translation>若只修改%1，贷款仍按原方式（按目标DSCR）测算，其指标将与求解结果不同。</translation>
    </message>
    <message>
        <source>Apply with the fixed debt</source>
        <translation>连同固定债务一起应用</translation>
    </message>
    <message>
        <source>Change only the %1</source>
        <translation>仅修改%1</translation>
    </message>
    <message>
        <source>Applied to the deal: %1</source>
        <translation>已应用到交易：%1</translation>
    </message>
</context>
<context>
    <name>gds::ui::HedgeModel</name>
    <message>
        <source>hedge</source>
        <translation>对冲</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start (period)</source>
        <translation>起始（期间）</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Monthly futures equiv. (contracts/month × months)</source>
        <translation>每月期货当量（合约/月 × 月数）</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Strike (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>行权价（%1/GPU-h）</translation>
    </message>
    <message>
        <source>Premium (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>期权费（%1/GPU-h）</translation>
    </message>
    <message>
        <source>Initial margin (%1/GPU)</source>
        <comment>currency</comment>
        <translation>初始保证金（%1/GPU）</translation>
    </message>
    <message>
        <source>Fee (%1/GPU-h)</source>
        <comment>currency</comment>
        <translation>手续费（%1/GPU-h）</translation>
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
        <translation>打开交易</translation>
    </message>
    <message>
        <source>Open version</source>
        <translation>打开版本</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Period table</source>
        <translation>分期明细表</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>主线</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Open deal file</source>
        <translation>打开交易文件</translation>
    </message>
    <message>
        <source>%1 was not loaded:
%2</source>
        <translation>未加载 %1：
%2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Export deal</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <source>Deal exported to %1</source>
        <translation>交易已导出至 %1</translation>
    </message>
    <message>
        <source>not saved in a workspace</source>
        <translation>未保存到工作区</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: the deal has %n marked field(s). Fix the marked fields first.</source>
        <translation>
            <numerusform>未导出任何内容：交易有 %n 个标记字段。请先修正标记的字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the deal cannot be computed yet.</source>
        <translation>未导出任何内容：交易尚无法计算。</translation>
    </message>
    <message>
        <source>Export term sheet</source>
        <translation>导出条款清单</translation>
    </message>
    <message>
        <source>The term sheet was not exported: %1</source>
        <translation>条款清单未导出：%1</translation>
    </message>
    <message>
        <source>Term sheet exported to %1</source>
        <translation>条款清单已导出至 %1</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>The workbook was not exported: %1</source>
        <translation>工作簿未导出：%1</translation>
    </message>
    <message>
        <source>Model exported to %1</source>
        <translation>模型已导出至 %1</translation>
    </message>
    <message>
        <source>Export period table</source>
        <translation>导出分期明细表</translation>
    </message>
    <message>
        <source>The period table was not exported: %1</source>
        <translation>分期明细表未导出：%1</translation>
    </message>
    <message>
        <source>Period table exported to %1</source>
        <translation>分期明细表已导出至 %1</translation>
    </message>
    <message>
        <source>%1 · in the editor (%2)</source>
        <translation>%1 · 编辑器中（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>新建交易(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open deal file…</source>
        <translation>打开交易文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import deal file into workspace…</source>
        <translation>将交易文件导入工作区(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Deal as &amp;JSON…</source>
        <translation>交易为 &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Term sheet (PDF)…</source>
        <translation>条款清单 (PDF)(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Model (XLSX)…</source>
        <translation>模型 (XLSX)(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Period table (CSV)…</source>
        <translation>分期明细表 (CSV)(&amp;P)…</translation>
    </message>
    <message>
        <source>Visible c&amp;hart as PNG/SVG…</source>
        <translation>当前图表为 PNG/SVG(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>保存版本(&amp;S)…</translation>
    </message>
    <message>
        <source>New scenario from current deal…</source>
        <translation>从当前交易新建情景…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>New wor&amp;kspace…</source>
        <translation>新建工作区(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate row</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>Move row u&amp;p</source>
        <translation>上移行(&amp;P)</translation>
    </message>
    <message>
        <source>Move row do&amp;wn</source>
        <translation>下移行(&amp;W)</translation>
    </message>
    <message>
        <source>Rows: go to the Capex, Offtake or Hedges tab first</source>
        <translation>行操作：请先切换到资本支出、承购或对冲选项卡</translation>
    </message>
    <message>
        <source>Copy cells (Ctrl+C) and paste rows from a spreadsheet (Ctrl+V) in any table</source>
        <translation>在任意表格中复制单元格 (Ctrl+C)，或从电子表格粘贴行 (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Cluster &amp;&amp; market</source>
        <translation>集群与市场</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>承购</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>对冲</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Period table</source>
        <translation>分期明细表(&amp;P)</translation>
    </message>
    <message>
        <source>Period table &amp;by</source>
        <translation>分期明细表周期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ompare structures…</source>
        <translation>比较融资结构(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Workspace browser</source>
        <translation>工作区浏览器(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find deal</source>
        <translation>查找交易(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Metrics panel</source>
        <translation>指标面板(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About GPU Deal Studio</source>
        <translation>关于 GPU Deal Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> 情景 </translation>
    </message>
    <message>
        <source>Switch between the main line and the scenarios of this deal</source>
        <translation>在此交易的主线与各情景之间切换</translation>
    </message>
    <message>
        <source>Switch scenario</source>
        <translation>切换情景</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <source>Name of the deal:</source>
        <translation>交易名称：</translation>
    </message>
    <message>
        <source>New GPU cluster deal</source>
        <translation>新 GPU 集群交易</translation>
    </message>
    <message>
        <source>Note for this version (what changed):</source>
        <translation>本版本备注（修改内容）：</translation>
    </message>
    <message>
        <source>Scenario name (e.g. &quot;hedged&quot;, &quot;48-month tenor&quot;):</source>
        <translation>情景名称（例如“含对冲”“48 个月期限”）：</translation>
    </message>
    <message>
        <source>Import deal file</source>
        <translation>导入交易文件</translation>
    </message>
    <message>
        <source>Deal files (*.json *.gpudeal);;All files (*)</source>
        <translation>交易文件 (*.json *.gpudeal);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 imported into the workspace</source>
        <translation>已将 %1 导入工作区</translation>
    </message>
    <message>
        <source>Deal files (*.json)</source>
        <translation>交易文件 (*.json)</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF，A4 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF，US Letter 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite)</source>
        <translation>工作区 (*.sqlite *.gpudeal.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)</source>
        <translation>工作区 (*.sqlite *.gpudeal.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>About GPU Deal Studio</source>
        <translation>关于 GPU Deal Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GPU Deal Studio %1&lt;/h3&gt;&lt;p&gt;Build a GPU cluster financing deal – capex, offtake contracts, hedges on the GPU-hour index, senior debt – and see live what each contract and hedge does to debt capacity, cost of capital and downside risk.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPU Deal Studio %1&lt;/h3&gt;&lt;p&gt;构建 GPU 集群融资交易——资本支出、承购合同、基于 GPU 小时指数的对冲、优先债务——实时查看每份合同和每项对冲对举债能力、资本成本和下行风险的影响。&lt;/p&gt;&lt;p&gt;工作区：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;In tables: type or F2 to edit, Enter to accept, Esc to cancel, Tab to move; Ctrl+C copies cells, Ctrl+V pastes rows copied from a spreadsheet.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;表格中：直接输入或按 F2 编辑，Enter 确认，Esc 取消，Tab 移动；Ctrl+C 复制单元格，Ctrl+V 粘贴从电子表格复制的行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <source>%1

The deal editor works, but versions and autosave are off.</source>
        <translation>%1

交易编辑器可用，但版本管理和自动保存已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 个）</numerusform>
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
        <translation>%1 · 未保存的修改（已自动保存）</translation>
    </message>
    <message>
        <source>%1 + unsaved edits</source>
        <comment>version, e.g. v3 · main line</comment>
        <translation>%1 + 未保存的修改</translation>
    </message>
    <message>
        <source>The problems that keep the deal from computing; pick one to go to its field</source>
        <translation>导致交易无法计算的问题；选择一项即可跳转到对应字段</translation>
    </message>
    <message>
        <source>The workspace %1 holds no deal.</source>
        <translation>工作区 %1 中没有交易。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>&amp;Analysis in the whole window</source>
        <translation>分析占满窗口(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;H100 cluster, one senior loan</source>
        <translation>H100 集群，一笔优先贷款(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;B200 cluster, notes and DDTL with a cash waterfall (version 2)</source>
        <translation>B200 集群，票据和延迟提款定期贷款，含现金瀑布（版本 2）(&amp;B)</translation>
    </message>
    <message>
        <source>Sample deal</source>
        <translation>示例交易</translation>
    </message>
    <message>
        <source>New from sample</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <source>New from samp&amp;le</source>
        <translation>从示例新建(&amp;L)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read-only: you can open, compute and export; saving is not allowed for your role</source>
        <translation>只读：您可以打开、计算和导出；您的角色不允许保存</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>立即重试(&amp;N)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>window title, then the team workspace</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>A newer version (v%1) of this deal was saved.</source>
        <translation>此交易已保存了更新的版本 (v%1)。</translation>
    </message>
    <message>
        <source>A newer version (v%1) of this deal was saved by %2 at %3.</source>
        <translation>%2 于 %3 保存了此交易的更新版本 (v%1)。</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>连接到团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Recent team workspaces</source>
        <translation>最近的团队工作区(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>连接到团队工作区</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>The password was not stored (%1): it will be asked next time.</source>
        <translation>密码未保存（%1）：下次将再次询问。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>服务器要求输入密码。</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>服务器未接受该密码。</translation>
    </message>
    <message>
        <source>Open lo&amp;cal workspace</source>
        <translation>打开本地工作区(&amp;C)</translation>
    </message>
    <message>
        <source>Retr&amp;y connection now</source>
        <translation>立即重试连接(&amp;Y)</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: no password was given.</source>
        <translation>无法打开工作区 %1：未输入密码。</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened; the local workspace is open instead.</source>
        <translation>无法打开团队工作区 %1；已改为打开本地工作区。</translation>
    </message>
    <message>
        <source>To connect again: File &gt; Recent team workspaces.</source>
        <translation>重新连接：文件 &gt; 最近的团队工作区。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened; the local workspace is open instead.</source>
        <translation>无法打开工作区 %1；已改为打开本地工作区。</translation>
    </message>
    <message>
        <source>Edit &gt; Preferences names the default workspace.</source>
        <translation>默认工作区在“编辑 &gt; 首选项”中设置。</translation>
    </message>
    <message>
        <source>File &gt; Open workspace opens another.</source>
        <translation>可通过“文件 &gt; 打开工作区”打开其他工作区。</translation>
    </message>
    <message>
        <source>Nothing in the local workspace has changed.</source>
        <translation>本地工作区中的内容未作任何更改。</translation>
    </message>
</context>
<context>
    <name>gds::ui::MarginByRatingModel</name>
    <message>
        <source>This rate does not use a margin by rating</source>
        <translation>此利率不使用按评级的利差</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>已对冲</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>市场化</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>利差 (%)</translation>
    </message>
    <message>
        <source>Edit margin for %1</source>
        <translation>编辑 %1 的利差</translation>
    </message>
</context>
<context>
    <name>gds::ui::MarginGridModel</name>
    <message>
        <source>grid step</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Coverage from (%)</source>
        <translation>覆盖比例起点（%）</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>利差（%）</translation>
    </message>
</context>
<context>
    <name>gds::ui::MetricsPanel</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Δ saved</source>
        <translation>Δ 已保存</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>资金来源与运用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Δ against %1</source>
        <translation>Δ 相对于 %1</translation>
    </message>
    <message>
        <source>Δ: no saved version yet</source>
        <translation>Δ：尚无已保存版本</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>&lt;b&gt;STALE&lt;/b&gt; – last valid results shown. %1</source>
        <translation>&lt;b&gt;已过期&lt;/b&gt; – 显示最近一次有效结果。%1</translation>
    </message>
    <message>
        <source>Live: every accepted edit recomputes the deal</source>
        <translation>实时：每次确认的修改都会重新计算交易</translation>
    </message>
    <message>
        <source>Covenants: lock-up %1x, default %2x</source>
        <translation>财务契约：分红锁定 %1x，违约 %2x</translation>
    </message>
    <message>
        <source>Levelized cost of compute per sellable GPU-hour, against the contract prices %1</source>
        <translation>每可售 GPU 小时的平准化算力成本，对比合同价格 %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Uses: capex</source>
        <translation>运用：资本支出</translation>
    </message>
    <message>
        <source>Uses: capitalized interest</source>
        <translation>运用：资本化利息</translation>
    </message>
    <message>
        <source>Uses: fees</source>
        <translation>运用：费用</translation>
    </message>
    <message>
        <source>Uses: initial DSRA</source>
        <translation>运用：DSRA 初始注资</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>资金运用合计</translation>
    </message>
    <message>
        <source>Sources: senior debt</source>
        <translation>来源：优先债务</translation>
    </message>
    <message>
        <source>Sources: equity</source>
        <translation>来源：股权</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>资金来源合计</translation>
    </message>
    <message>
        <source>Debt share of sources</source>
        <translation>债务占资金来源比例</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <comment>margin (step of the margin grid)</comment>
        <translation>%1（第 %2 档）</translation>
    </message>
    <message>
        <source>%1 (cov. %2x)</source>
        <comment>metric (lock-up covenant)</comment>
        <translation>%1（契约 %2x）</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>LCOC vs the contract prices</comment>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>a difference in percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Monte Carlo estimates (engine.md 8) recomputed in the background after every accepted edit, on a fixed seed, with their standard errors; the full run is in the Risk view</source>
        <translation>蒙特卡洛估计（engine.md 8），每次接受的编辑后在后台以固定种子重新计算，并附标准误差；完整运行见风险视图</translation>
    </message>
    <message>
        <source>Downside estimate: computing…</source>
        <translation>下行风险估计：计算中…</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>Downside estimate (%n paths, fixed seed): P90 min DSCR ≈ %1, P(default) ≈ %2%3</source>
        <translation>
            <numerusform>下行风险估计（%n 条路径，固定种子）：P90 最低 DSCR ≈ %1，P(违约) ≈ %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (updating…)</source>
        <translation>（更新中…）</translation>
    </message>
    <message>
        <source>above the whole range</source>
        <translation>超出全部范围</translation>
    </message>
    <message>
        <source>The min DSCR stays above 1.00x even with the spot price curve at zero: every fall tested (up to 100 %) is covered</source>
        <translation>即使现货价格曲线降至零，最低 DSCR 仍高于 1.00x：所有测试的跌幅（最高 100 %）均可承受</translation>
    </message>
    <message>
        <source>%1%2 m</source>
        <comment>currency symbol, amount in millions</comment>
        <translation>%1%2 百万</translation>
    </message>
    <message>
        <source>not within the model</source>
        <translation>不在模型期内</translation>
    </message>
    <message>
        <source>%1 (cov. %2)</source>
        <comment>metric (maintenance LTV covenant)</comment>
        <translation>%1（契约 %2）</translation>
    </message>
    <message>
        <source>Tranche %1 (%2)</source>
        <comment>tranche name (share)</comment>
        <translation>分档 %1（%2）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>tranche amount at its lender yield</comment>
        <translation>%1，收益率 %2</translation>
    </message>
    <message>
        <source>Amount and lender all-in yield of the tranche</source>
        <translation>该分档的金额及贷款人综合收益率</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Open the newest version; your unsaved edits are kept on top of it (undo drops them)</source>
        <translation>打开最新版本；您未保存的修改会保留在其上（撤销可放弃这些修改）</translation>
    </message>
</context>
<context>
    <name>gds::ui::MonteCarloPanel</name>
    <message>
        <source>Number of simulated paths of the spot index (each run)</source>
        <translation>现货指数的模拟路径数（每次运行）</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers; both runs use the same random numbers</source>
        <translation>相同的种子得到相同的结果；两次运行使用相同的随机数</translation>
    </message>
    <message>
        <source>Same debt without hedges</source>
        <translation>无对冲时保持相同债务</translation>
    </message>
    <message>
        <source>The run without hedges keeps the hedged deal&apos;s debt amount and schedule basis, so both runs face the same loan; unchecked, the loan is resized without the hedges</source>
        <translation>无对冲运行保留含对冲交易的债务金额与还款基础，使两次运行面对同一笔贷款；若不勾选，则在无对冲情况下重新测算贷款规模</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Press Run to simulate the spot index with and without the hedges.</source>
        <translation>点击“运行”以模拟含对冲和不含对冲的现货指数。</translation>
    </message>
    <message>
        <source>Spot index fan</source>
        <translation>现货指数扇形图</translation>
    </message>
    <message>
        <source>Min DSCR distribution</source>
        <translation>最低 DSCR 分布</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Fan chart…</source>
        <translation>扇形图…</translation>
    </message>
    <message>
        <source>Spot fan</source>
        <translation>现货扇形图</translation>
    </message>
    <message>
        <source>Min DSCR histogram…</source>
        <translation>最低 DSCR 直方图…</translation>
    </message>
    <message>
        <source>Min DSCR histogram</source>
        <translation>最低 DSCR 直方图</translation>
    </message>
    <message>
        <source>With hedges</source>
        <translation>含对冲</translation>
    </message>
    <message>
        <source>Without hedges</source>
        <translation>不含对冲</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>路径数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The deal is not valid, nothing was simulated: %1</source>
        <translation>交易无效，未进行模拟：%1</translation>
    </message>
    <message>
        <source>Simulating %1 paths with hedges, then without…</source>
        <translation>正在模拟 %1 条路径（先含对冲，再不含对冲）…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The deal cannot be simulated: %1</source>
        <translation>无法模拟该交易：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 paths; the previous results are still shown.</source>
        <translation>在 %1 条路径后取消；仍显示之前的结果。</translation>
    </message>
    <message>
        <source>Cancelled after %1 paths.</source>
        <translation>在 %1 条路径后取消。</translation>
    </message>
    <message>
        <source>%1 paths, seed %2, with and without hedges on the same random numbers: %3 s.</source>
        <translation>%1 条路径，种子 %2，含对冲与不含对冲使用相同随机数：%3 秒。</translation>
    </message>
    <message>
        <source>The deal has changed since this run: the results are outdated. Press Run to simulate again.</source>
        <translation>自本次运行后交易已更改：结果已过期。点击“运行”重新模拟。</translation>
    </message>
    <message>
        <source>The results match the deal again.</source>
        <translation>结果已再次与交易一致。</translation>
    </message>
    <message>
        <source>P(min DSCR &lt; lock-up %1)</source>
        <translation>P(最低 DSCR &lt; 分红锁定 %1)</translation>
    </message>
    <message>
        <source>P(default)</source>
        <translation>P(违约)</translation>
    </message>
    <message>
        <source>Min DSCR P50</source>
        <translation>最低 DSCR P50</translation>
    </message>
    <message>
        <source>Equity IRR P50</source>
        <translation>股权 IRR P50</translation>
    </message>
    <message>
        <source>The min DSCR that 90 % of paths stay above</source>
        <translation>90% 的路径高于的最低 DSCR</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
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
        <translation>%1（第 %2 期）
P90 %3
P50 %4
P10 %5
均值 %6
远期 %7</translation>
    </message>
    <message>
        <source>Min DSCR: the deal has no debt service</source>
        <translation>最低 DSCR：该交易没有还本付息</translation>
    </message>
    <message>
        <source>Lock-up %1</source>
        <translation>分红锁定 %1</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>违约 %1</translation>
    </message>
    <message>
        <source>% of paths</source>
        <translation>路径占比 %</translation>
    </message>
    <message>
        <source>Spot index, %1 paths</source>
        <translation>现货指数，%1 条路径</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>远期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Min DSCR, share of paths</source>
        <translation>最低 DSCR，路径占比</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>已对冲</translation>
    </message>
    <message>
        <source>Unhedged</source>
        <translation>未对冲</translation>
    </message>
    <message>
        <source>Min DSCR (x)</source>
        <translation>最低 DSCR (x)</translation>
    </message>
    <message>
        <source>Paths below or above the range are counted in the end bins</source>
        <translation>低于或高于区间的路径计入两端的分组</translation>
    </message>
    <message>
        <source>P(min DSCR &lt; %1)</source>
        <translation>P(最低 DSCR &lt; %1)</translation>
    </message>
    <message>
        <source>Offtaker defaults</source>
        <translation>承购方违约</translation>
    </message>
    <message>
        <source>Index-linked collateral against the loan</source>
        <translation>指数挂钩抵押品与贷款对比</translation>
    </message>
    <message>
        <source>Collateral value P50</source>
        <translation>抵押品价值 P50</translation>
    </message>
    <message>
        <source>Balance P50</source>
        <translation>贷款余额 P50</translation>
    </message>
    <message>
        <source>Balance P90</source>
        <translation>贷款余额 P90</translation>
    </message>
    <message>
        <source>Collateral value P10–P90</source>
        <translation>抵押品价值 P10–P90</translation>
    </message>
    <message>
        <source>Max LTV %1 of the median value</source>
        <translation>最高 LTV：中位价值的 %1</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>Offtakers default as the deal&apos;s credit block says (one-factor Gaussian copula by rating); unchecked, both runs leave them out, to show their effect</source>
        <translation>承购方按交易的信用设置违约（按评级的单因子高斯 Copula）；取消勾选时两次运行均不计违约，以显示其影响</translation>
    </message>
    <message>
        <source>Share of paths where a shortfall is larger than the reserve&apos;s balance (with a waterfall: than the period&apos;s cash and the accounts D, K and the reserve)</source>
        <translation>缺口大于储备余额的路径占比（有现金流瀑布时：大于当期现金及账户 D、K 和储备）</translation>
    </message>
    <message>
        <source>P(an offtaker defaults)</source>
        <translation>P(有承购方违约)</translation>
    </message>
    <message>
        <source>P(a lock-up test fails)</source>
        <translation>P(锁定测试失败)</translation>
    </message>
    <message>
        <source>P(an LTV cure falls short)</source>
        <translation>P(LTV 补救不足)</translation>
    </message>
    <message>
        <source>Mean debt prepaid</source>
        <translation>平均提前还款</translation>
    </message>
    <message>
        <source>Needs a cash waterfall; – without one</source>
        <translation>需要现金流瀑布；无则为 –</translation>
    </message>
    <message>
        <source>Needs a maintenance LTV; – without one</source>
        <translation>需要维持 LTV；无则为 –</translation>
    </message>
    <message>
        <source>When offtakers default and the first test fails, % of paths</source>
        <translation>承购方违约及首次测试失败的时间，路径占比 %</translation>
    </message>
    <message>
        <source>First failed test (lock-up or LTV), hedged</source>
        <translation>首次测试失败（锁定或 LTV），已对冲</translation>
    </message>
    <message>
        <source>First failed test (lock-up or LTV), unhedged</source>
        <translation>首次测试失败（锁定或 LTV），未对冲</translation>
    </message>
    <message>
        <source>Min DSCR P90 (downside)</source>
        <translation>最低 DSCR P90（下行）</translation>
    </message>
    <message>
        <source>Min DSCR P99 (stress)</source>
        <translation>最低 DSCR P99（压力）</translation>
    </message>
    <message>
        <source>Equity IRR P90 (downside)</source>
        <translation>股权 IRR P90（下行）</translation>
    </message>
    <message>
        <source>Equity IRR P10 (upside)</source>
        <translation>股权 IRR P10（上行）</translation>
    </message>
    <message>
        <source>P-values follow the lender&apos;s convention for every metric: P90 is the value exceeded on 90 % of paths (the downside), P10 the value exceeded on only 10 % (the upside)</source>
        <translation>所有指标的P值均采用贷款人惯例：P90 为 90 % 路径均超过的数值（下行），P10 为仅 10 % 路径超过的数值（上行）</translation>
    </message>
    <message>
        <source>The equity IRR that 90 % of paths exceed</source>
        <translation>90 % 路径均超过的股权 IRR</translation>
    </message>
    <message>
        <source>The equity IRR that only 10 % of paths exceed</source>
        <translation>仅 10 % 路径超过的股权 IRR</translation>
    </message>
</context>
<context>
    <name>gds::ui::OfftakeModel</name>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Start (period)</source>
        <translation>起始（期间）</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Escalation (%/yr)</source>
        <translation>年涨幅（%/年）</translation>
    </message>
    <message>
        <source>Prepayment (%)</source>
        <translation>预付款（%）</translation>
    </message>
    <message>
        <source>New counterparty</source>
        <translation>新交易对手</translation>
    </message>
    <message>
        <source>Price (%1/GPU-h; total: GPU-weighted)</source>
        <comment>currency</comment>
        <translation>价格（%1/GPU-h；合计：按 GPU 加权）</translation>
    </message>
    <message>
        <source>Nominal value (%1, approx.)</source>
        <comment>currency</comment>
        <translation>名义价值（%1，约）</translation>
    </message>
</context>
<context>
    <name>gds::ui::PeriodTableModel</name>
    <message>
        <source>Close</source>
        <translation>融资关闭</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2年Q%1</translation>
    </message>
    <message>
        <source>%1: end-of-period value (quarters and years show the last)</source>
        <translation>%1：期末值（季度和年度显示最后一期）</translation>
    </message>
    <message>
        <source>%1: flow in the period (quarters and years show the sum)</source>
        <translation>%1：本期流量（季度和年度显示合计）</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建设期</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运营期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mo.)</source>
        <comment>a partial quarter or year: months it holds</comment>
        <translation>
            <numerusform>%1（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>Financial close (period 0), %1</source>
        <translation>融资关闭（第 0 期），%1</translation>
    </message>
    <message>
        <source>Period %1, ends %2; its flows fall on that day</source>
        <translation>第 %1 期，截止于 %2；其现金流发生在当日</translation>
    </message>
    <message>
        <source>Periods %1–%2, the last ends %3</source>
        <translation>第 %1–%2 期，最后一期截止于 %3</translation>
    </message>
</context>
<context>
    <name>gds::ui::PeriodTableView</name>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole table) with headers, tab-separated</source>
        <translation>复制所选内容（或整个表格）及表头，以制表符分隔</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>显示周期</translation>
    </message>
    <message>
        <source>Period table copied to the clipboard</source>
        <translation>分期明细表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Nothing was exported: the deal has marked fields. Fix the marked fields first.</source>
        <translation>未导出任何内容：交易有标记的字段。请先修正标记的字段。</translation>
    </message>
    <message>
        <source>Export period table</source>
        <translation>导出分期明细表</translation>
    </message>
    <message>
        <source>Period table saved to %1</source>
        <translation>分期明细表已保存至 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>gds::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used after GPU Deal Studio restarts.</source>
        <translation>新语言将在 GPU Deal Studio 重启后生效。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>默认工作区(&amp;W)：</translation>
    </message>
    <message>
        <source>Symbol ($, €, £)</source>
        <translation>符号（$、€、£）</translation>
    </message>
    <message>
        <source>ISO code (USD, EUR, GBP)</source>
        <translation>ISO 代码（USD、EUR、GBP）</translation>
    </message>
    <message>
        <source>&amp;Currency display:</source>
        <translation>货币显示(&amp;C)：</translation>
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
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;paths:</source>
        <translation>蒙特卡洛路径数(&amp;P)：</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;seed:</source>
        <translation>蒙特卡洛种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>默认工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)</source>
        <translation>工作区 (*.sqlite *.gpudeal.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>For spreadsheets (numbers and dates in your locale&apos;s format)</source>
        <translation>用于电子表格（数字和日期采用您的区域格式）</translation>
    </message>
    <message>
        <source>For machines (locale-independent, as gpudeal-cli writes)</source>
        <translation>用于程序处理（与区域设置无关，与 gpudeal-cli 输出一致）</translation>
    </message>
    <message>
        <source>Preselected when you export the period table as CSV; the export dialog can still choose the other format, and remembers that choice.</source>
        <translation>将期间表导出为 CSV 时默认选中；导出对话框中仍可选择另一种格式，并会记住该选择。</translation>
    </message>
    <message>
        <source>CSV &amp;format:</source>
        <translation>CSV 格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Empty: the workspace open when you quit, else the data folder&apos;s</source>
        <translation>留空：退出时打开的工作区，否则为数据文件夹中的工作区</translation>
    </message>
    <message>
        <source>A workspace file or a team workspace (postgresql://...) to open at every start; empty: the workspace open when GPU Deal Studio was last closed, else the workspace file in your data folder</source>
        <translation>每次启动时打开的工作区文件或团队工作区（postgresql://...）；留空：上次关闭 GPU Deal Studio 时打开的工作区，否则为数据文件夹中的工作区文件</translation>
    </message>
</context>
<context>
    <name>gds::ui::RiskView</name>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>单变量求解</translation>
    </message>
    <message>
        <source>The spot index simulated; DSCR breach and default probabilities with and without the hedges</source>
        <translation>模拟现货指数；含对冲与不含对冲时 DSCR 违约及违约事件的概率</translation>
    </message>
    <message>
        <source>One input shocked at a time: min DSCR, equity IRR and debt</source>
        <translation>每次冲击一个输入：最低 DSCR、股权 IRR 与债务</translation>
    </message>
    <message>
        <source>The contract price, swap strike or debt that meets a target</source>
        <translation>达到目标所需的合同价格、互换行权价或债务</translation>
    </message>
</context>
<context>
    <name>gds::ui::SectionTable</name>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate row</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>已粘贴</translation>
    </message>
    <message>
        <source>Pasted; not read: %1</source>
        <translation>已粘贴；未读取：%1</translation>
    </message>
</context>
<context>
    <name>gds::ui::TornadoPanel</name>
    <message>
        <source>Spot price</source>
        <translation>现货价格</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Merchant utilization</source>
        <translation>市场销售利用率</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>基准利率</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>合同价格</translation>
    </message>
    <message>
        <source>bp</source>
        <translation>基点</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Edit the ends of each shock; untick an input to leave it out. Relative shocks in %, availability and utilization in points, the base rate in basis points.</source>
        <translation>编辑每个冲击的两端；取消勾选某项输入即将其排除。相对冲击以 % 表示，可用率与利用率以百分点表示，基准利率以基点表示。</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权 IRR</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Update with the deal</source>
        <translation>随交易更新</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Default ranges</source>
        <translation>默认范围</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>龙卷风图</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; the range is unchanged.</source>
        <translation>%1：“%2”不是数字；范围未更改。</translation>
    </message>
    <message>
        <source>The deal is not valid; the tornado shown is for the last valid deal: %1</source>
        <translation>交易无效；显示的是最近一次有效交易的龙卷风图：%1</translation>
    </message>
    <message>
        <source>Computing %1 shocked deals…</source>
        <translation>正在计算 %1 个冲击后的交易…</translation>
    </message>
    <message>
        <source>No input is selected.</source>
        <translation>未选择任何输入。</translation>
    </message>
    <message>
        <source>Each end is a full recompute of the deal with one input shocked.</source>
        <translation>每一端都是在冲击一个输入后对交易的完整重新计算。</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>%1: change from the base case (%2)</source>
        <translation>%1：相对基准情形的变化（%2）</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>低端</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>高端</translation>
    </message>
    <message>
        <source>Change in %1 (%2)</source>
        <translation>%1 的变化（%2）</translation>
    </message>
    <message>
        <source>not computable: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>%1 (base %2)</source>
        <translation>%1（基准 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Each end is a full recompute of the deal with one input shocked. %n end(s) cannot be computed (hover the bar for why).</source>
        <translation>
            <numerusform>每一端都是在冲击一个输入后对交易的完整重新计算。%n 个端点无法计算（将鼠标悬停在条形上查看原因）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <comment>input shocked (low end / high end)</comment>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>违约概率</translation>
    </message>
    <message>
        <source>Default correlation</source>
        <translation>违约相关性</translation>
    </message>
    <message>
        <source>P90 min DSCR (Monte Carlo)</source>
        <translation>P90 最低 DSCR（蒙特卡洛）</translation>
    </message>
    <message>
        <source>P(default) (Monte Carlo)</source>
        <translation>P(违约)（蒙特卡洛）</translation>
    </message>
    <message>
        <source>The hedges exceed the expected merchant volume (hedge ratio up to %1): the deal is net short the index, so a lower spot price raises CFADS and the DSCR.</source>
        <translation>对冲量超过预期市场销售量（对冲比率最高 %1）：该交易为净空头指数敞口，因此现货价格下降会提高CFADS和DSCR。</translation>
    </message>
</context>
<context>
    <name>gds::ui::TrancheModel</name>
    <message>
        <source>tranche</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>份额 (%)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>浮动</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>利差规则</translation>
    </message>
    <message>
        <source>By rating</source>
        <translation>按评级</translation>
    </message>
    <message>
        <source>Margin (%)</source>
        <translation>利差 (%)</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>分档 %1</translation>
    </message>
    <message>
        <source>curve (%1 years)</source>
        <translation>曲线（%1 年）</translation>
    </message>
    <message>
        <source>Fixed (%)</source>
        <translation>固定（%）</translation>
    </message>
    <message>
        <source>Base (%)</source>
        <translation>基准（%）</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>By coverage</source>
        <translation>按覆盖率</translation>
    </message>
</context>
<context>
    <name>gds::ui::WaterfallEditor</name>
    <message>
        <source>Cash waterfall and maintenance LTV</source>
        <translation>现金瀑布与维持 LTV</translation>
    </message>
    <message>
        <source>Cash waterfall</source>
        <translation>现金瀑布</translation>
    </message>
    <message>
        <source>Off (cash flows to equity)</source>
        <translation>关闭（现金流向股东）</translation>
    </message>
    <message>
        <source>On (controlled account, tests, sweeps)</source>
        <translation>开启（监管账户、测试、现金清扫）</translation>
    </message>
    <message>
        <source>Test every</source>
        <translation>测试间隔</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Lookback</source>
        <translation>回溯期</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>分红锁定</translation>
    </message>
    <message>
        <source>Off (test only)</source>
        <translation>关闭（仅测试）</translation>
    </message>
    <message>
        <source>On (cash trapped below the lock-up DSCR)</source>
        <translation>开启（低于分红锁定 DSCR 时锁定现金）</translation>
    </message>
    <message>
        <source>Release after</source>
        <translation>释放条件</translation>
    </message>
    <message>
        <source>passing tests</source>
        <translation>次测试通过</translation>
    </message>
    <message>
        <source>Sweep trapped cash after</source>
        <translation>锁定现金清扫条件</translation>
    </message>
    <message>
        <source>failing tests</source>
        <translation>次测试未通过</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>0: trapped cash is never swept</source>
        <translation>0：锁定现金从不清扫</translation>
    </message>
    <message>
        <source>Cash sweep</source>
        <translation>现金清扫</translation>
    </message>
    <message>
        <source>% of excess cash</source>
        <translation>% 超额现金</translation>
    </message>
    <message>
        <source>Maintenance LTV</source>
        <translation>维持 LTV</translation>
    </message>
    <message>
        <source>Maintenance LTV test</source>
        <translation>维持 LTV 测试</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tested on the test dates (cure by prepayment)</source>
        <translation>于测试日测试（以提前还款补救）</translation>
    </message>
    <message>
        <source>Max LTV</source>
        <translation>最高 LTV</translation>
    </message>
    <message>
        <source>% of collateral value</source>
        <translation>% 抵押品价值</translation>
    </message>
</context>
<context>
    <name>gds::ui::WorkspaceBrowser</name>
    <message>
        <source>Search deals, scenarios, notes</source>
        <translation>搜索交易、情景、备注</translation>
    </message>
    <message>
        <source>Deal / scenario / version</source>
        <translation>交易 / 情景 / 版本</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Min DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权 IRR</translation>
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
        <translation>主线</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Restore this version (as a new version)</source>
        <translation>恢复此版本（作为新版本）</translation>
    </message>
    <message>
        <source>%1  (unsaved edits)</source>
        <comment>deal name</comment>
        <translation>%1  （未保存的修改）</translation>
    </message>
    <message>
        <source>%1 (restores v%2)</source>
        <comment>version label</comment>
        <translation>%1（恢复 v%2）</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <comment>the version in the editor</comment>
        <translation>%1（已打开）</translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation>由 %1 于 %2 保存</translation>
    </message>
</context>
<context>
    <name>gds::ui::WorkspaceSession</name>
    <message>
        <source>Sample deal</source>
        <translation>示例交易</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>not in a workspace</source>
        <translation>不在工作区中</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>已恢复未保存的修改</translation>
    </message>
    <message>
        <source>Recovered unsaved edits of this deal (undo to drop them)</source>
        <translation>已恢复此交易未保存的修改（撤销可放弃）</translation>
    </message>
    <message>
        <source>Autosaved edits of this deal could not be read back and were kept aside: %1</source>
        <translation>此交易自动保存的修改无法读回，已另行保留：%1</translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation>已保存版本 %1</translation>
    </message>
    <message>
        <source>The version was not saved: %1</source>
        <translation>版本未保存：%1</translation>
    </message>
    <message>
        <source>Scenario created from the current deal</source>
        <translation>已从当前交易创建情景</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; created</source>
        <translation>已创建情景“%1”</translation>
    </message>
    <message>
        <source>The scenario was not created: %1</source>
        <translation>情景未创建：%1</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>已恢复版本 %1</translation>
    </message>
    <message>
        <source>The version was not restored: %1</source>
        <translation>版本未恢复：%1</translation>
    </message>
    <message>
        <source>Already in the workspace as version %1</source>
        <translation>已作为版本 %1 存在于工作区</translation>
    </message>
    <message>
        <source>Imported as version %1</source>
        <translation>已作为版本 %1 导入</translation>
    </message>
    <message>
        <source>The deal was not imported: %1</source>
        <translation>交易未导入：%1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>v%1 · scenario %2</source>
        <translation>v%1 · 情景 %2</translation>
    </message>
    <message>
        <source>v%1 · main line</source>
        <translation>v%1 · 主线</translation>
    </message>
    <message>
        <source>This deal is open for editing in another window (process %1 on %2); it is shown read only here. Save your changes as a new scenario.</source>
        <translation>此交易正在另一个窗口中编辑（进程 %1，主机 %2）；此处仅以只读方式显示。请将您的更改另存为新情景。</translation>
    </message>
    <message>
        <source>The version was not saved: this deal is open for editing in another window. Save your changes as a new scenario.</source>
        <translation>版本未保存：此交易正在另一个窗口中编辑。请将您的更改另存为新情景。</translation>
    </message>
    <message>
        <source>The workspace %1 can only be read: deals are shown, nothing is saved.</source>
        <translation>工作区 %1 只能读取：可以查看交易，但不会保存任何内容。</translation>
    </message>
    <message>
        <source>The version was not saved: the workspace can only be read.</source>
        <translation>版本未保存：工作区只能读取。</translation>
    </message>
    <message>
        <source>Sample deal (version 2)</source>
        <translation>示例交易（版本 2）</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>无工作区</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>本地：%1</translation>
    </message>
    <message>
        <source>Read-only: you can open, compute and export; saving is not allowed for your role</source>
        <translation>只读：您可以打开、计算和导出；您的角色不允许保存</translation>
    </message>
    <message>
        <source>The version was not saved</source>
        <translation>版本未保存</translation>
    </message>
    <message>
        <source>The version was not saved yet: the team workspace&apos;s server is unreachable. Your edits stay in the editor and are saved when the connection is back.</source>
        <translation>版本尚未保存：无法连接团队工作区的服务器。您的修改保留在编辑器中，连接恢复后即会保存。</translation>
    </message>
    <message>
        <source>The version was not saved: the team workspace&apos;s server is unreachable (%1). Your edits stay in the editor; the save is tried again every %2 s and made when the server is back (File &gt; Retry connection now).</source>
        <translation>版本未保存：无法连接团队工作区的服务器（%1）。您的修改保留在编辑器中；每 %2 秒重试一次保存，服务器恢复后即会保存（文件 &gt; 立即重试连接）。</translation>
    </message>
    <message>
        <source>The scenario was not created</source>
        <translation>场景未创建</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>版本未恢复</translation>
    </message>
    <message>
        <source>The deal was not imported</source>
        <translation>交易未导入</translation>
    </message>
    <message>
        <source>%1: your role may only read this team workspace (open, compute and export); saving is not allowed.</source>
        <translation>%1：您的角色只能读取此团队工作区（打开、计算和导出）；不允许保存。</translation>
    </message>
    <message>
        <source>Server unreachable: your version is not saved yet; retrying every %1 s</source>
        <translation>服务器无法连接：您的版本尚未保存；每 %1 秒重试一次</translation>
    </message>
    <message>
        <source>Server unreachable: retrying every %1 s</source>
        <translation>服务器无法连接：每 %1 秒重试一次</translation>
    </message>
    <message>
        <source>The team workspace&apos;s server is still unreachable: %1</source>
        <translation>团队工作区的服务器仍无法连接：%1</translation>
    </message>
    <message>
        <source>Connected to the team workspace again</source>
        <translation>已重新连接到团队工作区</translation>
    </message>
    <message>
        <source>Saved version %1 (the server had it already)</source>
        <translation>已保存版本 %1（服务器上已有）</translation>
    </message>
    <message>
        <source>Saved version %1 after reconnecting</source>
        <translation>重新连接后已保存版本 %1</translation>
    </message>
</context>
<context>
    <name>gds::ui::risk</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存至 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GPU Deal Studio: GPU cluster financing deals, live.</source>
        <translation>GPU Deal Studio：GPU 集群融资交易，实时计算。</translation>
    </message>
    <message>
        <source>Deal files (gpudeal/1 JSON) to open.</source>
        <translation>要打开的交易文件（gpudeal/1 JSON）。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Open the default workspace without a display, compute and render the deal that opens, print its debt, min DSCR and equity IRR, and exit.</source>
        <translation>在无显示环境下打开默认工作区，计算并渲染打开的交易，输出其债务、最低 DSCR和股权 IRR，然后退出。</translation>
    </message>
</context>
</TS>
