"""The fixed numbers of the central's demo data (docs/central.md) that tests rely on.

Written out here, not imported from ``kiosk.central.demo_data``: a test then also notices when the
demo data moves away from what the documentation (and every trainer) promises.
"""

from __future__ import annotations

# Anna: the large balance and a partner card.
ANNA_CARD = "2990000000019"
ANNA_PARTNER_CARD = "2991000000153"
ANNA_PHONE = "+375291234567"
# Sergey: birthday today.
SERGEY_CARD = "2990000000026"
SERGEY_PHONE = "+375291112233"
# Olga: at the five-card limit.
OLGA_CARDS = ("2990000000033", "2990000000040", "2990000000057", "2990000000064", "2990000000071")
OLGA_PHONE = "+375293334455"
# Sold, not registered yet.
ISSUED_CARDS = ("2990000000088", "2990000000095", "2990000000101", "2990000000163", "2990000000170")
ISSUED_PARTNER_CARD = "2991000000146"
# Never sold.
NOT_ISSUED_CARDS = ("2990000000118", "2990000000125")
BLOCKED_CARD = "2990000000132"
# A valid EAN-13 the chain never made.
UNKNOWN_CARD = "2990000009999"
# The password of every demo account.
DEMO_PASSWORD = "Demo1234"
# A phone no demo account has.
NEW_PHONE = "+375447654321"
