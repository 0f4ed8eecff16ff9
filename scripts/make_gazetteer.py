"""Write newskg's gazetteer data files from two public lists.

Run by a developer when the lists change, never at run time.

* ``newskg/extractors/data/divisions.tsv``: China's provinces, prefectures and
  counties with their level, parent and short name, from the national
  division codes (GB/T 2260) as the ``cpca`` package ships them
  (``cpca/resources/adcodes.csv``, MIT licence), plus the state-level new
  areas (国家级新区), which are no divisions but hold posts of their own.
* ``newskg/extractors/data/countries.tsv``: countries' short and full Chinese
  names, from ``jionlp/dictionary/world_location.txt`` (Apache-2.0).

Usage: ``python scripts/make_gazetteer.py ADCODES.csv WORLD_LOCATION.txt``
(unpack them from ``pip download cpca jionlp --no-deps``).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "newskg" / "extractors" / "data"

#: 国家级新区 run by a 党工委/管委会 of their own (the two that are districts,
#: 浦东新区 and 滨海新区, are in the codes already); parent province code.
NEW_AREAS = {
    "两江新区": "500000", "舟山群岛新区": "330000", "兰州新区": "620000", "南沙新区": "440000",
    "西咸新区": "610000", "贵安新区": "520000", "西海岸新区": "370000", "金普新区": "210000",
    "天府新区": "510000", "湘江新区": "430000", "江北新区": "320000", "福州新区": "350000",
    "滇中新区": "530000", "哈尔滨新区": "230000", "长春新区": "220000", "赣江新区": "360000",
    "雄安新区": "130000",
}
#: suffixes dropped to give a short name, longest first (自治 names lose their peoples too)
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
            "新区", "省", "市", "州", "县", "区", "盟", "旗")
#: a short name of one of these is a common word, not a place (朝阳 is a city, 城区 is not)
NOT_SHORT = {"城区", "市区", "郊区", "矿区", "新区", "开发", "高新"}


def peoples(nations_csv: Path | None) -> list[str]:
    names = ["蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
             "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族",
             "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
             "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
             "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族",
             "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族",
             "赫哲族", "门巴族", "珞巴族", "基诺族", "蒙古", "维吾尔", "壮", "回"]
    return sorted(names, key=len, reverse=True)


def short_name(name: str, level: str, people: list[str]) -> str:
    base = name
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    if "自治" in name:  # 黔东南苗族侗族自治州 -> 黔东南, 广西壮族自治区 -> 广西
        changed = True
        while changed:
            changed = False
            for p in people:
                if base.endswith(p) and len(base) > len(p) + 1:
                    base, changed = base[: -len(p)], True
    if len(base) < 2 or base in NOT_SHORT or base == name:
        return ""
    return base


def main(adcodes: Path, world: Path) -> None:
    people = peoples(None)
    rows = list(csv.DictReader(adcodes.open(encoding="utf-8")))
    codes = {r["adcode"][:6]: r["name"] for r in rows if r["name"] not in ("市辖区", "县")}
    out = []
    for code, name in sorted(codes.items()):
        if code.endswith("0000"):
            level, parent = "provincial", ""
        elif code.endswith("00"):
            level, parent = "prefecture", code[:2] + "0000"
        else:
            level = "county"
            parent = code[:4] + "00" if code[:4] + "00" in codes else code[:2] + "0000"
        out.append((code, name, level, parent, short_name(name, level, people)))
    for n, (name, province) in enumerate(sorted(NEW_AREAS.items())):
        out.append((f"{province[:2]}NA{n:02d}", name, "prefecture", province,
                    name[:-2] if len(name) > 3 else ""))
    with (DATA / "divisions.tsv").open("w", encoding="utf-8") as f:
        f.write("# China's divisions down to counties, and the state-level new areas.\n"
                "# Written by scripts/make_gazetteer.py from the national division codes\n"
                "# (GB/T 2260)"
                " as the cpca package ships them (MIT licence, (c) 2018 QinYuan Du).\n"
                "# code\tname\tlevel\tparent code\tshort name (empty: none that is safe to read)\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    countries = []
    for line in world.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and not line.endswith(":") and parts[0] != "中国":
            countries.append((parts[0], parts[1]))
    with (DATA / "countries.tsv").open("w", encoding="utf-8") as f:
        f.write("# Countries: short and full Chinese name. Written by\n"
                "# scripts/make_gazetteer.py from jionlp's dictionary/world_location.txt\n"
                "# (Apache-2.0, (c) dongrixinyu).\n"
                "# short\tfull\n")
        for short, full in countries:
            f.write(f"{short}\t{full}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
