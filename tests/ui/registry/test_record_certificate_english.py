"""The nursery record's legal nature, authority and certificate in English read "For-profit enterprise /
Market regulation (Business licence)": not "Market regulation（营业执照）" (the certificate's name is stored
Chinese, as domain/routing names it); Chinese unchanged."""

from __future__ import annotations

from test_record_reveal import MANAGER, nursery_id, open_record  # noqa: F401 (fixture)

from workstation.domain.enums import LegalNature
from workstation.domain.routing import CERTIFICATES, GENERIC_CERTIFICATE
from workstation.i18n.translation import install_translator
from workstation.models.common.domain_text import certificate_text


def test_the_record_names_the_certificate_in_chinese(qtbot, district, nursery_id):  # noqa: F811
    dialog = open_record(qtbot, district, MANAGER, nursery_id)
    assert dialog.ui.natureValue.text() == "营利性（企业） / 市场监督管理部门（营业执照）"


def test_the_record_names_the_certificate_in_english(qtbot, qapp, translators, district, nursery_id):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    dialog = open_record(qtbot, district, MANAGER, nursery_id)
    assert dialog.ui.natureValue.text() == (
        f"{LegalNature.FOR_PROFIT.en} / Market regulation (Business licence)")
    for certificate in (*CERTIFICATES.values(), GENERIC_CERTIFICATE):
        english = certificate_text(certificate)
        assert english != certificate and english.isascii(), certificate
    assert certificate_text("某某许可证") == "某某许可证"  # a name typed in stays as it is
