<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>ClassTableModel</source>
        <comment>班型</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClassTableModel</source>
        <comment>容量</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClassTableModel</source>
        <comment>在托人数</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClassTableModel</source>
        <comment>保育人员数</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>机构登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>备案管理</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>监督检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>收费公示</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>名册报表</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ClassesEditor</name>
    <message>
        <source>合计：{n} 个班，容量 {c} 人，在托 {e} 人，保育人员 {g} 名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>发生了意外错误，刚才的操作可能没有完成。

错误：{error}

详细信息已记录在日志文件：
{log}</source>
        <translation>An unexpected error occurred; the last action may not have completed.

Error: {error}

Details were written to the log file:
{log}</translation>
    </message>
</context>
<context>
    <name>DuplicateCompareDialog</name>
    <message>
        <source>可能重复的机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新录入与已有记录对照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是同一机构（打开已有记录）(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是同一机构，继续保存(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回修改(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本辖区已有 {n} 家名称或地址相近的机构。请逐项比对：若为同一机构，请打开已有记录修改；若确认不是同一机构，可继续保存（将记录您的判断）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相似项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有记录（记录号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（尚未保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与本次录入相近</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存理由（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告 {code} 的保存理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 项错误须更正后才能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 项警告须填写保存理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告均已填写理由，可以保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未发现问题，可以保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>创建辖区</source>
        <translation>Create district</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>常住人口应填写整数（人），也可不填。</source>
        <translation>Resident population must be a whole number of persons, or left empty.</translation>
    </message>
    <message>
        <source>首次使用：设置辖区</source>
        <translation>First run: set up the district</translation>
    </message>
    <message>
        <source>欢迎使用托育机构登记备案工作站。请先填写本工作站服务的辖区（区县）信息。</source>
        <translation>Welcome to the Nursery Registration and Filing Workstation. First enter the district (county) this workstation serves.</translation>
    </message>
    <message>
        <source>行政区划代码(&amp;D)：</source>
        <translation>&amp;Division code:</translation>
    </message>
    <message>
        <source>6位区县代码，例如 500107</source>
        <translation>6-digit county code, e.g. 500107</translation>
    </message>
    <message>
        <source>辖区名称(&amp;N)：</source>
        <translation>District &amp;name:</translation>
    </message>
    <message>
        <source>例如 九龙坡区</source>
        <translation>e.g. 九龙坡区</translation>
    </message>
    <message>
        <source>常住人口(&amp;P)：</source>
        <translation>Resident &amp;population:</translation>
    </message>
    <message>
        <source>人；可不填，用于计算千人口托位数</source>
        <translation>Persons; optional, used for places per 1,000 residents</translation>
    </message>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>街道（乡镇）列表</source>
        <translation>Streets / townships</translation>
    </message>
    <message>
        <source>代码（9位）</source>
        <translation>Code (9 digits)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>添加街道（乡镇）(&amp;A)</source>
        <translation>&amp;Add street / township</translation>
    </message>
    <message>
        <source>删除所选(&amp;R)</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>由行政审批局办理登记的机构性质</source>
        <translation>Legal natures registered by the administrative approval bureau</translation>
    </message>
    <message>
        <source>勾选的机构性质改由行政审批局登记；未勾选的按默认部门登记（社会服务机构在民政部门，企业在市场监管部门）。</source>
        <translation>Ticked natures register with the administrative approval bureau; the others with the default organ (social-service organisations with civil affairs, enterprises with market regulation).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>{name}（行政区划代码 {code}），街道（乡镇）{streets} 个</source>
        <translation>{name} (division code {code}), {streets} streets/townships</translation>
    </message>
    <message>
        <source>，常住人口 {population:,} 人</source>
        <translation>, resident population {population:,}</translation>
    </message>
    <message>
        <source>辖区概况</source>
        <translation>District overview</translation>
    </message>
    <message>
        <source>机构总数</source>
        <translation>Nurseries</translation>
    </message>
    <message>
        <source>已登记未备案</source>
        <translation>Registered, not filed</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>Children enrolled</translation>
    </message>
    <message>
        <source>千人口托位数</source>
        <translation>Places per 1,000 residents</translation>
    </message>
    <message>
        <source>各街道（乡镇）情况</source>
        <translation>By street / township</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>机构登记[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新载入(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与登记证书一致的全称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>别名(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简称或曾用名（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构性质(&amp;X)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定登记机关和应持证照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构类型(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>举办者(&amp;J)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>举办单位或个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18位，见登记证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>街道（乡镇）(&amp;Q)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细地址（门牌号、楼栋）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机或座机，如 023-68881234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记信息(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择机构性质。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记机关(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认为按机构性质路由的登记机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记证书：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取得登记证书(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选后填写登记日期；证书上的统一社会信用代码填在“基本信息”页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记日期(&amp;E)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业务范围(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照登记证书抄录业务（经营）范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他需要说明的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场所与托位(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场所性质(&amp;X)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>租期截止(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已约定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建筑面积(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ㎡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 表示未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生活用房面积(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在楼层(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 1-2 层</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户外面积(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>托位与服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>托位数(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普惠托位数(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示范等级(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提供膳食(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普惠性(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务类型：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全日托(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>半日托(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计时托(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时托(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加班级(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除班级(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S 保存&#x3000;Esc 取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>托育机构登记备案工作站 — {district}</source>
        <translation>Nursery Registration and Filing Workstation — {district}</translation>
    </message>
    <message>
        <source>数据库：{location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>当前用户：{user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>托育机构登记备案工作站</source>
        <translation>Nursery Registration and Filing Workstation</translation>
    </message>
    <message>
        <source>功能导航</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“{area}”功能正在建设中，将在后续版本中提供。</source>
        <translation>“{area}” is under construction and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>ClassTableModel</source>
        <comment>班级名称</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>{message}

数据库：{path}

程序将退出，数据库文件未作任何改动。</source>
        <translation>{message}

Database: {path}

The program will exit; the database file was not changed.</translation>
    </message>
</context>
<context>
    <name>StreetFiguresTableModel</name>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>机构数</source>
        <translation>Nurseries</translation>
    </message>
    <message>
        <source>已登记未备案</source>
        <translation>Registered, not filed</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
</context>
<context>
    <name>ui.demonstrationCombo</name>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.legalNatureCombo</name>
    <message>
        <source>请选择机构性质</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.organCombo</name>
    <message>
        <source>（未确定）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.premisesTypeCombo</name>
    <message>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.streetCombo</name>
    <message>
        <source>（未选择）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
