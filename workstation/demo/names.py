"""Content of demo rows: the demo district, nursery names, addresses, people, phones, scopes, premises.

Every function draws from the `random.Random` it is given, so a seed reproduces the same content.
demo.py decides the mix (natures, kinds, statuses, classes) and writes the rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from workstation.domain.codes import make_org_code, make_resident_id
from workstation.domain.enums import IdType, PremisesType, ServiceType
from workstation.domain.enums import InstitutionKind as Kind
from workstation.domain.enums import LegalNature as Nature
from workstation.domain.validators import USCC_ALPHABET

DEMO_DIVISION = "500107"
DEMO_DISTRICT = "九龙坡区"
DEMO_CITY = "重庆市"

# Streets (街道, code 0xx) and townships (镇, code 1xx) of the demo district with a relative size.
DEMO_STREETS: tuple[tuple[str, str, int], ...] = (
    ("500107001", "杨家坪街道", 18), ("500107002", "谢家湾街道", 15), ("500107003", "黄桷坪街道", 9),
    ("500107004", "石坪桥街道", 12), ("500107005", "石桥铺街道", 16), ("500107006", "渝州路街道", 13),
    ("500107007", "二郎街道", 11), ("500107008", "中梁山街道", 8), ("500107009", "九龙街道", 10),
    ("500107101", "华岩镇", 7), ("500107102", "西彭镇", 6), ("500107103", "铜罐驿镇", 3),
    ("500107104", "陶家镇", 4), ("500107105", "走马镇", 3), ("500107106", "巴福镇", 2),
    ("500107107", "含谷镇", 5), ("500107108", "金凤镇", 4), ("500107109", "白市驿镇", 5),
)

# Province-level municipalities: their districts' names carry the city name in front.
MUNICIPALITIES = {"11": "北京市", "12": "天津市", "31": "上海市", "50": "重庆市"}

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊秦江尹薛段雷侯龙陶黎贺顾毛龚万向冉蒲税牟母"
    "陈李刘张王杨黄谭向罗"  # Chongqing's most frequent surnames a second time
)
FEMALE_GIVEN = "丽静敏燕艳娟霞芳婷雪琳莉倩红梅玲萍洁蓉琴慧欣颖佳悦怡露薇晶瑶媛娜丹青月秀英华凤春兰虹"
MALE_GIVEN = "伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩俊峰磊林洋建国志文博凯川渝海东亮健松德"

BRANDS = (
    "小星星", "童趣", "贝贝乐", "爱儿", "启蒙", "悦成长", "小太阳", "彩虹", "乐贝", "金色童年", "蓝天",
    "快乐宝贝", "小橡树", "萌芽", "爱心", "小脚丫", "童心", "禾苗", "嘉禾", "晨曦", "七色花", "未来星",
    "米乐", "睿思", "小蜜蜂", "向日葵", "小海豚", "哈贝", "小红帽", "摇篮", "春芽", "山城宝贝", "渝宝",
    "巴渝童", "小树苗", "馨童", "乐童", "小橙子", "暖阳", "萌宝", "优贝", "童乐汇", "朵朵", "小跳蛙",
)
BRAND_HEAD = "乐童贝爱小悦启萌禾嘉晨星蓝金彩阳优博睿思米果朵苗橙豆伊安康馨欣佳美育宝心梦天和暖柚桃芽"
BRAND_TAIL = "贝宝乐童苗芽星果朵园家屋趣悦成航桥森橙熊兔鹿娃蕾禾语兜树谷帆岛湾田"

ROADS = (
    "杨家坪正街", "西郊路", "谢家湾正街", "石坪桥正街", "科园一路", "科园二路", "科园四路", "石杨路", "渝州路",
    "石小路", "高新大道", "华福大道", "盘龙大道", "彩云大道", "九龙大道", "兴隆大道", "直港大道", "滩子口正街",
    "黄桷坪正街", "建设路", "团结路", "前进支路", "民主村", "珠江路", "袁茄路", "华岩新城大道", "陈家坪正街",
    "二郎新街", "奥体路", "石新路", "白市驿大道", "西彭园区大道", "含金大道", "凤笙路", "铜陶南路",
)
# Generic housing-estate names (not real developments).
HOUSING = ("锦绣苑", "翠湖花园", "和平家园", "龙腾", "西城丽景", "阳光花园", "彩云雅居", "桃源居", "金地新村", "滨江明珠")
COMMUNITY_HEAD = "桃彩龙金白石民朝新渝华巴红黄盘杨西九翠锦和康福兴明清"
COMMUNITY_TAIL = "花云泉凤马坪主阳桥州福山岩桷龙园城湖苑林安平乐江"
# Public employers of the district: (name inside the nursery's name, sponsor name suffix).
EMPLOYERS = (
    ("人民医院", "人民医院"), ("中医院", "中医院"), ("机关", "机关事务管理局"), ("妇幼保健院", "妇幼保健院"),
    ("教育系统", "教育委员会"), ("第二人民医院", "第二人民医院"), ("疾病预防控制中心", "疾病预防控制中心"),
    ("精神卫生中心", "精神卫生中心"), ("税务系统", "税务局"), ("公安系统", "公安分局"),
)
# Fictitious enterprises that run workplace nurseries for their staff.
COMPANIES = ("九龙机械", "渝西物流", "山城电子", "西郊建材", "华岩制药", "高新软件园", "巴渝电力", "铜罐驿港务")

# Resident-ID address codes: mostly Chongqing districts and counties, some neighbouring provinces.
ID_DIVISIONS = (
    "500107", "500107", "500107", "500106", "500105", "500103", "500108", "500112", "500113", "500222",
    "500223", "500228", "500229", "500235", "500236", "500241", "510122", "511602", "520102", "420501",
)
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158",
    "159", "166", "173", "177", "180", "181", "182", "183", "185", "186", "187", "189", "191", "199",
)
SCOPE_EXTRAS = ("家庭养育指导", "婴幼儿早期发展咨询", "育儿知识培训（不含学科类培训）", "儿童游乐服务", "家政服务")
SERVICE_WORDS = {
    ServiceType.FULL_DAY: "全日托", ServiceType.HALF_DAY: "半日托",
    ServiceType.HOURLY: "计时托", ServiceType.TEMPORARY: "临时托",
}


class Weighted:
    """A weighted choice with precomputed cumulative weights (fast for 100,000 draws)."""

    def __init__(self, pairs: Sequence[tuple[object, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))

    def __call__(self, rng: random.Random):
        return rng.choices(self.values, cum_weights=self.cum)[0]


PREMISES = {
    Nature.PUBLIC_INSTITUTION: Weighted([(PremisesType.OWNED, 65), (PremisesType.PROVIDED, 35)]),
    Nature.SOCIAL_SERVICE: Weighted([(PremisesType.LEASED, 55), (PremisesType.OWNED, 20),
                                     (PremisesType.PROVIDED, 25)]),
    Nature.FOR_PROFIT: Weighted([(PremisesType.LEASED, 82), (PremisesType.OWNED, 10), (PremisesType.PROVIDED, 8)]),
}
SERVICE_SHARE = ((ServiceType.FULL_DAY, 0.9), (ServiceType.HALF_DAY, 0.45), (ServiceType.HOURLY, 0.3),
                 (ServiceType.TEMPORARY, 0.2))


@dataclass(frozen=True)
class Place:
    """Where the district is: '重庆市' + '九龙坡区'."""

    city: str
    district: str

    @property
    def full(self) -> str:
        return self.city + self.district

    @property
    def short_city(self) -> str:
        return self.city.removesuffix("市") or self.district


def place_for(division_code: str, district_name: str) -> Place:
    return Place(MUNICIPALITIES.get(division_code[:2], ""), district_name)


def short_street(name: str) -> str:
    """'杨家坪街道' -> '杨家坪', '华岩镇' -> '华岩'."""
    for suffix in ("街道", "镇", "乡"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def person(rng: random.Random, female: bool) -> str:
    given = FEMALE_GIVEN if female else MALE_GIVEN
    return rng.choice(SURNAMES) + "".join(rng.choices(given, k=rng.choice((1, 2, 2))))


def resident_id(rng: random.Random, female: bool, today: dt.date, ages: tuple[int, int]) -> str:
    """A valid ID number for someone aged within `ages`; the sequence parity matches the sex."""
    birth = today - dt.timedelta(days=rng.randint(ages[0] * 365, ages[1] * 365))
    seq = rng.randrange(0, 500) * 2 + (0 if female else 1)
    return make_resident_id(rng.choice(ID_DIVISIONS), birth, seq)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def landline(rng: random.Random) -> str:
    return f"023-{rng.choice(('68', '68', '65', '86', '61'))}{rng.randrange(10**6):06d}"


def brand(rng: random.Random) -> str:
    """A trade name (字号): a known-sounding one or two/three characters combined."""
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(BRANDS)
    tail = rng.choice(BRAND_TAIL) if roll < 0.6 else rng.choice(BRAND_TAIL) + rng.choice(BRAND_TAIL)
    return rng.choice(BRAND_HEAD) + tail


def community(rng: random.Random) -> str:
    return rng.choice(COMMUNITY_HEAD) + rng.choice(COMMUNITY_TAIL)


class Naming(NamedTuple):
    name: str
    mark: str  # trade name (字号); '' for public bodies
    sponsor: str  # who runs it (举办者); '' when the nursery runs itself


def nursery_name(rng: random.Random, nature: Nature, kind: Kind, place: Place, street: str) -> Naming:
    """Name, trade name and sponsor fitting the legal nature and kind."""
    if kind is Kind.EMPLOYER_RUN:
        return _employer_run(rng, nature, place)
    if nature is Nature.PUBLIC_INSTITUTION:
        return Naming(_public_name(rng, kind, place, street), "", _public_sponsor(kind, place, street))
    mark = brand(rng)
    if nature is Nature.SOCIAL_SERVICE:
        if kind is Kind.KINDERGARTEN_CLASS:
            return Naming(f"{place.full}{mark}幼儿园", mark, "")
        what = rng.choice(("婴幼儿照护服务中心", "托育中心", "托育服务中心"))
        return Naming(f"{place.full}{mark}{what}", mark, "")
    if nature is Nature.INDIVIDUAL_BUSINESS:
        what = "家庭托育点" if kind is Kind.HOME_BASED else rng.choice(("托育服务部", "托育园"))
        return Naming(f"{place.district}{mark}{what}（个体工商户）", mark, "")
    return Naming(_company_name(rng, kind, place, mark), mark, "")


def _employer_run(rng: random.Random, nature: Nature, place: Place) -> Naming:
    """A workplace nursery: a public employer's, or an enterprise's (own company or non-profit)."""
    if nature is Nature.PUBLIC_INSTITUTION:
        short, full = rng.choice(EMPLOYERS)
        return Naming(f"{place.full}{short}职工子女托育中心", "", place.full + full)
    company = rng.choice(COMPANIES)
    owner = f"{place.short_city}{company}有限公司"
    if nature is Nature.SOCIAL_SERVICE:
        return Naming(f"{place.full}{company}职工子女托育中心", "", owner)
    mark = brand(rng)
    return Naming(f"{place.short_city}{company}{mark}托育服务有限公司", mark, owner)


def _public_name(rng: random.Random, kind: Kind, place: Place, street: str) -> str:
    short = short_street(street)
    if kind is Kind.KINDERGARTEN_CLASS:
        return f"{place.full}{short}{rng.choice(('中心幼儿园', '第一幼儿园', community(rng) + '幼儿园'))}"
    if kind is Kind.COMPREHENSIVE_CENTRE:
        return f"{place.full}{short}托育综合服务中心"
    if rng.random() < 0.3:
        return f"{place.full}{street}托育中心"
    return f"{place.full}{street}{community(rng)}社区托育服务站"


def _public_sponsor(kind: Kind, place: Place, street: str) -> str:
    if kind is Kind.KINDERGARTEN_CLASS:
        return f"{place.full}教育委员会"
    office = "街道办事处" if street.endswith("街道") else "人民政府"
    return f"{place.full}{street.removesuffix('街道')}{office}"


def _company_name(rng: random.Random, kind: Kind, place: Place, mark: str) -> str:
    if kind is Kind.HOME_BASED:
        return f"{place.full}{mark}家庭托育服务有限公司"
    if kind is Kind.KINDERGARTEN_CLASS:
        return f"{place.full}{mark}幼儿园有限公司"
    if kind is Kind.COMPREHENSIVE_CENTRE:
        return f"{place.full}{mark}托育综合服务有限公司"
    where = place.full if rng.random() < 0.8 else place.short_city
    return f"{where}{mark}{rng.choice(('托育服务有限公司', '托育有限公司', '婴幼儿照护服务有限公司'))}"


def alias(rng: random.Random, kind: Kind, mark: str, street: str) -> str:
    """A name the public uses, or '' (most nurseries have none)."""
    if rng.random() > 0.3:
        return ""
    if kind is Kind.KINDERGARTEN_CLASS:
        return f"{mark or short_street(street)}幼儿园托班"
    if not mark:
        return f"{short_street(street)}托育园"
    return f"{mark}{rng.choice(('托育中心', '宝贝屋', '婴幼儿成长中心', '托育园'))}"


def address(rng: random.Random, place: Place, street: str, floor: int | None) -> str:
    """A street address; with `floor`, a flat in a housing estate (home-based points)."""
    road, number = rng.choice(ROADS), rng.randint(1, 399)
    if floor is not None:
        flat = f"{rng.randint(1, 30)}栋{floor}-{rng.randint(1, 8)}"
        return f"{place.full}{street}{road}{number}号{rng.choice(HOUSING)}小区{flat}"
    extra = rng.choice(("", "", f"附{rng.randint(1, 20)}号", f"{rng.randint(1, 3)}楼",
                        f"{rng.choice(HOUSING)}{rng.randint(1, 12)}栋1-2层"))
    return f"{place.full}{street}{road}{number}号{extra}"


def business_scope(rng: random.Random, nature: Nature, kind: Kind, services: list[ServiceType]) -> str:
    """Registered scope: must name 3岁以下婴幼儿照护服务 and the service forms (domain.md §1)."""
    forms = "、".join(SERVICE_WORDS[s] for s in services)
    core = f"3岁以下婴幼儿照护服务（{forms}）"
    if kind is Kind.HOME_BASED:
        core = f"家庭托育服务；{core}"
    extras = rng.sample(SCOPE_EXTRAS, rng.randint(0, 2))
    if nature in (Nature.FOR_PROFIT, Nature.INDIVIDUAL_BUSINESS):
        items = "；".join([core, "托育服务（不含幼儿园、托儿所）", *extras])
        return f"一般项目：{items}。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if nature is Nature.PUBLIC_INSTITUTION:
        items = "；".join([core, *extras])
        return f"宗旨和业务范围：为辖区家庭提供普惠托育服务。{items}。"
    return f"业务范围：{'；'.join([core, *extras])}。"


def demo_streets(rng: random.Random) -> tuple[list[tuple[str, str]], list[int]]:
    """8-12 streets/townships of the demo district and populations adding up to about 1.2 million."""
    urban = [s for s in DEMO_STREETS if s[0][6] == "0"]
    towns = [s for s in DEMO_STREETS if s[0][6] != "0"]
    count = rng.randint(8, 12)
    keep = min(count, rng.randint(6, len(urban)))
    picked = sorted(urban[:keep] + rng.sample(towns, count - keep))
    total = rng.randint(1_150_000, 1_260_000)
    weights = [size * rng.uniform(0.85, 1.15) for _, _, size in picked]
    return [(code, name) for code, name, _ in picked], [round(total * w / sum(weights)) for w in weights]


def approval_natures(rng: random.Random) -> tuple[Nature, ...]:
    """Some districts let the administrative approval bureau register nurseries (domain.md §1)."""
    roll = rng.random()
    market = (Nature.FOR_PROFIT, Nature.INDIVIDUAL_BUSINESS)
    if roll < 0.25:
        return market
    if roll < 0.35:
        return (*market, Nature.SOCIAL_SERVICE)
    return ()


def subject_code(rng: random.Random, nature: Nature) -> str:
    """The 9-character subject code (organisation code with its check) inside a USCC."""
    if nature is Nature.PUBLIC_INSTITUTION:
        first8 = f"45{rng.randrange(10**6):06d}"
    else:
        head = "MJ" if nature is Nature.SOCIAL_SERVICE else "MA" + rng.choice(("5U", "5Y", "60", "61"))
        first8 = head + "".join(rng.choices(USCC_ALPHABET, k=8 - len(head)))
    return make_org_code(first8)


def people(rng: random.Random, nature: Nature, kind: Kind, today: dt.date) -> dict:
    """Phone, legal representative and director columns of a nursery."""
    rep_female = rng.random() < 0.65
    rep_name, rep_phone = person(rng, rep_female), mobile(rng)
    # Small businesses are often run by their legal representative.
    same = nature in (Nature.INDIVIDUAL_BUSINESS, Nature.FOR_PROFIT) and rng.random() < 0.4
    home = kind is Kind.HOME_BASED
    return {
        "phone": mobile(rng) if home or rng.random() < 0.4 else landline(rng),
        "legal_rep_name": rep_name, "legal_rep_id_type": IdType.RESIDENT_ID,
        "legal_rep_id_no": resident_id(rng, rep_female, today, (28, 60)),
        "legal_rep_phone": rep_phone,
        "director_name": rep_name if same else person(rng, rng.random() < 0.9),
        "director_phone": rep_phone if same else mobile(rng),
    }


def service_types(rng: random.Random, kind: Kind) -> list[ServiceType]:
    """At least one service form; kindergarten classes always offer full-day care."""
    chosen = [t for t, share in SERVICE_SHARE if rng.random() < share]
    if kind is Kind.KINDERGARTEN_CLASS and ServiceType.FULL_DAY not in chosen:
        chosen.insert(0, ServiceType.FULL_DAY)
    return chosen or [ServiceType.FULL_DAY]


def premises(rng: random.Random, nature: Nature, places: int, floor: int | None,
             registered: dt.date | None, today: dt.date) -> dict:
    """Premises columns; areas grow with the places. A `floor` means a flat (home-based point)."""
    if floor is not None:
        used, building = PremisesType.HOME, rng.uniform(70, 160)
        living, outdoor, floors = building * rng.uniform(0.4, 0.6), None, str(floor)
    else:
        used = PREMISES.get(nature, PREMISES[Nature.FOR_PROFIT])(rng)
        building = places * rng.uniform(7, 14) + 40
        living = places * rng.uniform(3, 5.5)
        outdoor = places * rng.uniform(1.5, 4) if rng.random() < 0.85 else None
        floors = rng.choice(("1", "1", "1-2", "2", "1-3", "2-3"))
    leased = used is PremisesType.LEASED or (used is PremisesType.HOME and rng.random() < 0.35)
    return {"premises_type": used, "lease_end": lease_end(rng, registered or today, today) if leased else None,
            "building_m2": round(building, 1), "living_room_m2": round(living, 1),
            "outdoor_m2": round(outdoor, 1) if outdoor else None, "living_room_floors": floors}


def lease_end(rng: random.Random, start: dt.date, today: dt.date) -> dt.date:
    """Leases run 3-10 years (a few only 2) and are mostly renewed before they run out."""
    years = 2 if rng.random() < 0.04 else rng.choice((3, 3, 5, 5, 5, 8, 10))
    end = start + dt.timedelta(days=365 * years + years // 4)
    while end < today and rng.random() < 0.97:
        end += dt.timedelta(days=3 * 365 + 1)
    return end
