"""Checklist templates seeded from domain.md §11.4 (items derived from §5–§9); the first version of each.

Article numbers of the setting standard and the management norms follow the third-party summary
cited in domain.md (§5, §6 [S]); an administrator corrects them by editing the template, which
makes a new version and leaves recorded inspections as they were.
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.inspections import Severity

G, S = Severity.GENERAL, Severity.SERIOUS
SZ = "托育机构设置标准（试行）"
GF = "托育机构管理规范（试行）"
BJ = "托儿所幼儿园卫生保健管理办法"
BA = "托育机构登记和备案办法（试行）"


@dataclass(frozen=True)
class SeedItem:
    code: str
    text: str
    basis: str
    severity: Severity = G


@dataclass(frozen=True)
class SeedTemplate:
    key: str
    department: Dept
    title: str
    items: tuple[SeedItem, ...]


def _items(*rows: tuple) -> tuple[SeedItem, ...]:
    return tuple(SeedItem(*row) for row in rows)


SEED_TEMPLATES: tuple[SeedTemplate, ...] = (
    SeedTemplate("comprehensive", Dept.HEALTH, "综合管理", _items(
        ("ZH-01", "已办理备案，机构名称、地址、托位数、班级等与备案信息一致", f"{BA}第八条、第十条；{GF}第四条至第七条"),
        ("ZH-02", "各班级人数不超过班型规定（乳儿班10人、托小班15人、托大班20人、混合班18人）", f"{SZ}第十九条", S),
        ("ZH-03", "保育人员与婴幼儿比例符合规定（乳儿班1:3、托小班1:5、托大班1:7）", f"{SZ}第二十条", S),
        ("ZH-04", "负责人具有大专以上学历、3年以上相关工作经历并经培训合格", f"{SZ}第十八条"),
        ("ZH-05", "保安人员持有保安员证，由取得保安服务许可证的保安公司派驻", f"{SZ}第十八条"),
        ("ZH-06", "按规定定期向备案部门报送在托婴幼儿信息", f"{GF}第十二条"),
        ("ZH-07", "收费项目和标准、保育照护、膳食营养、卫生保健、安全保卫等信息已公示", f"{GF}第十五条"),
        ("ZH-08", "与婴幼儿监护人签订托育服务协议", f"{GF}（托育服务协议）"),
        ("ZH-09", "制定年度工作计划，年末向卫生健康部门报告工作", f"{GF}第三十八条"),
        ("ZH-10", "设立投诉渠道并公开，投诉处理有记录", f"{GF}第十五条"),
        ("ZH-11", "开展职业道德和安全教育培训，无虐童等伤害婴幼儿行为", f"{GF}第三十五条", S),
    )),
    SeedTemplate("hygiene", Dept.HEALTH_SUPERVISION, "卫生与传染病防控", _items(
        ("WS-01", "取得结论为合格的托幼机构卫生评价报告", f"{BJ}第八条；{BA}第八条", S),
        ("WS-02", "工作人员持有效健康合格证明，每年健康检查", f"{BJ}第十四条；{GF}第二十八条", S),
        ("WS-03", "清洁消毒制度落实，消毒记录完整", f"{GF}第二十七条"),
        ("WS-04", "设置隔离室，患病婴幼儿及时隔离并通知监护人", f"{GF}第二十七条；{BJ}第十六条"),
        ("WS-05", "建立传染病登记和缺勤追踪制度，疫情按规定报告并消毒", f"{BJ}第十六条、第十八条"),
        ("WS-06", "每日开展晨午检和全日健康观察，记录完整", f"{GF}第二十四条"),
    )),
    SeedTemplate("health_care", Dept.MCH, "卫生保健", _items(
        ("BJ-01", "卫生保健人员经妇幼保健机构培训合格；在托150人以上配备专职卫生保健人员", f"{BJ}第十二条"),
        ("BJ-02", "婴幼儿入托前经健康检查合格，离托3个月以上返托重新检查", f"{GF}第十一条"),
        ("BJ-03", "入托时查验预防接种证，督促补种", f"{BJ}第十五条"),
        ("BJ-04", "定期开展婴幼儿健康检查和生长发育监测", f"{BJ}（健康检查）"),
        ("BJ-05", "每周公布带量食谱，膳食营养符合婴幼儿需要", f"{GF}第十五条；{BJ}（膳食管理）"),
        ("BJ-06", "每日户外活动不少于2小时（天气原因除外）", f"{GF}第十八条"),
        ("BJ-07", "发现疑似受侵害情况按规定向公安机关报告", f"{GF}第二十五条；未成年人保护法第十一条"),
    )),
    SeedTemplate("safety", Dept.POLICE, "安全与公安", _items(
        ("AQ-01", "视频监控覆盖婴幼儿生活和活动区域，24小时设防", f"{GF}第三十二条", S),
        ("AQ-02", "监控录像资料保存不少于90日", f"{GF}第三十二条"),
        ("AQ-03", "安装一键报警装置并与公安机关联网", "托育机构质量评估标准（WS/T 821—2023）9.4.3"),
        ("AQ-04", "落实婴幼儿接送制度，非监护人接送须核实登记", f"{GF}（安全管理·接送制度）"),
        ("AQ-05", "工作人员入职前和每年进行违法犯罪记录查询", "未成年人保护法第六十二条", S),
        ("AQ-06", "投保至少一种责任保险", "托育机构质量评估标准（WS/T 821—2023）9.7.1"),
    )),
    SeedTemplate("fire", Dept.FIRE, "消防安全", _items(
        ("XF-01", "安全出口、疏散通道畅通，未锁闭、占用或堵塞", "消防法第二十八条", S),
        ("XF-02", "灭火器、消火栓等消防器材配置齐全且在有效期内", "消防法第十六条"),
        ("XF-03", "应急照明和疏散指示标志完好有效", "消防法第十六条"),
        ("XF-04", "电气线路敷设规范，无私拉乱接、超负荷用电", "消防法第二十七条"),
        ("XF-05", "婴幼儿生活用房设在允许楼层，未设在地下或半地下", "托儿所、幼儿园建筑设计规范（JGJ 39）", S),
        ("XF-06", "明确专（兼）职消防安全管理人员", f"{GF}第三十一条"),
        ("XF-07", "开展防火巡查，每月检查消防设施并记录", "托育机构质量评估标准（WS/T 821—2023）9.3.2"),
    )),
    SeedTemplate("food", Dept.MARKET, "食品安全", _items(
        ("SP-01", "提供餐食的，取得食品经营许可证", "食品安全法第三十五条", S),
        ("SP-02", "从事接触直接入口食品工作的人员持有效健康证明", "食品安全法第四十五条"),
        ("SP-03", "食品及原料采购索证索票、进货查验记录完整", "食品安全法第五十三条"),
        ("SP-04", "餐用具清洗消毒到位，保洁设施正常使用", "食品安全法第三十三条"),
        ("SP-05", "每餐次成品留样不少于125克，冷藏保存48小时以上", "餐饮服务食品安全操作规范"),
        ("SP-06", "不超范围、超限量使用食品添加剂", "食品安全法第四十条"),
    )),
    SeedTemplate("pricing", Dept.MARKET, "价格与收费公示", _items(
        ("JG-01", "在显著位置明码标价，公示收费项目、标准和服务内容", "明码标价和禁止价格欺诈规定"),
        ("JG-02", "实际收费与备案、公示的收费标准一致，无额外收费", f"{GF}第十五条；明码标价和禁止价格欺诈规定"),
        ("JG-03", "预收费不超过规定期限和金额，伙食费专款专用", "托育机构质量评估标准（WS/T 821—2023）10.4；地方预收费管理规定"),
    )),
    SeedTemplate("emergency", Dept.EMERGENCY, "应急管理", _items(
        ("YJ-01", "制定自然灾害、传染病、食物中毒、踩踏、火灾、暴力侵害等应急预案", f"{GF}第三十一条"),
        ("YJ-02", "定期组织应急演练和培训，演练有记录", f"{GF}第三十一条"),
        ("YJ-03", "每月检查设施设备安全并记录", "托育机构质量评估标准（WS/T 821—2023）9.3.1"),
        ("YJ-04", "燃气设施安全使用，有检查记录", "城镇燃气管理条例；安全生产有关规定"),
    )),
)

SEED_BY_KEY: dict[str, SeedTemplate] = {t.key: t for t in SEED_TEMPLATES}
