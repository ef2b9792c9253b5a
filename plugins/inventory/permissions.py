"""Permission ids of the inventory plugin and the roles that get them by default.

The suite has no built-in purchaser role: in a small office the storekeeper buys (the core
demo puts him in the purchasing department), so purchasing goes to storekeeper and manager
by default; an office can give it to a role of its own.
"""

from suite.plugin_api import Permission
from suite.plugin_api.i18n import domain

T = domain("inventory")

VIEW = "inventory.view"
STOCK = "inventory.stock"
PURCHASE = "inventory.purchase"
MANAGE = "inventory.manage"
COSTS = "inventory.costs"

PERMISSIONS = [
    Permission(VIEW, T("View stock, batches and suppliers"),
               default_roles=("owner", "manager", "storekeeper", "kitchen", "quality", "clerk", "dispatcher")),
    Permission(STOCK, T("Move stock (storekeeper)"),
               T("Receipts with inspection, issues, transfers, write-offs, stocktake counts."),
               default_roles=("owner", "manager", "storekeeper")),
    Permission(PURCHASE, T("Purchase and manage suppliers (purchaser)"),
               T("Purchase orders, reorder suggestions, suppliers and their licences."),
               default_roles=("owner", "manager", "storekeeper")),
    Permission(MANAGE, T("Manage inventory (manager)"),
               T("Approve stocktakes, suspend suppliers, recall batches, items, locations, recipes, scorecard weights."),
               default_roles=("owner", "manager")),
    Permission(COSTS, T("See stock costs and values"), default_roles=("owner", "manager", "storekeeper")),
]
