"""Passwords that guessing tools try first (from published leak top lists, Chinese and international),
lower-cased; a new password in this list is refused whatever its length."""

from __future__ import annotations

import functools

_LIST = """
123456 123456789 12345678 1234567890 12345678910 0123456789 1234567 111111 11111111 1111111111
000000 00000000 0000000000 888888 88888888 8888888888 666666 66666666 6666666666 987654321
9876543210 123123 123123123 1231231234 123321 123654 147258369 147258 159357 159753 112233
11223344 121212 12121212 131313 520520 5201314 52013145201314 1314520 woaini woaini1314
woaini520 iloveyou iloveyou1 iloveyou123 password password1 password12 password123 password1234
passw0rd p@ssw0rd p@ssword pa$$word pass1234 passpass qwerty qwerty123 qwerty1234 qwertyuiop
qwertyuiop123 qwer1234 1234qwer 1qaz2wsx 1qaz2wsx3edc 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx
asdfghjkl asdf1234 asdfasdf zxcvbnm zxcvbnm123 zxcvbnm1234 abc123 abc12345 abc123456 abcd1234
abcd12345 abcdefg abcdefgh abcdefghij a123456 a12345678 a123456789 aa123456 aa12345678 aaaaaaaa
aaaaaaaaaa q123456 q12345678 q123456789 qq123456 qq12345678 qq123456789 w123456 z123456 123456a
123456789a 12345678a 1234567890a 123456aa 123456abc 123abc123 admin admin123 admin1234
admin12345 admin123456 administrator root root123 root1234 root123456 test test123 test1234
test123456 guest guest123 user user123 user1234 welcome welcome1 welcome123 welcome2026
letmein letmein123 monkey dragon sunshine princess football baseball superman batman master
master123 shadow michael jennifer trustno1 starwars whatever computer internet changeme
changeme123 secret secret123 default default123 system system123 manager manager123 service
login login123 access access123 china china123 zhongguo beijing shanghai chongqing huawei
xiaomi tencent baidu taobao wangyi weixin wechat qq qazwsxedc qazwsxedc123 1qazxsw2 zaq1xsw2
1234abcd 12qwaszx 123qwe 123qweasd 123qweasdzxc qweasdzxc qweasd123 qwe123 qwe123456
asd123 asd123456 zxc123 zxc123456 aini1314 woaiwojia 1314521 7758521 7758258 5211314
abc@123 admin@123 Admin@123 root@123 p@ss1234 p@55w0rd passw0rd1 password! password@123
tuoyu123 tuoyu2026 weijian123 weijianwei wsjkw123 2026 20262026 202612 20261204
"""


@functools.cache
def common_passwords() -> frozenset[str]:
    return frozenset(word.casefold() for word in _LIST.split())


def is_common(password: str) -> bool:
    return password.casefold() in common_passwords()
