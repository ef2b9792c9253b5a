"""Permission ids of the inventory plugin and the roles that get them by default.

Three jobs (issue 10): the storekeeper moves stock (receipts with inspection, issues,
stocktake counts), the purchaser buys (purchase orders, reorder, suppliers and their
licences) and the manager approves (stocktakes, suspensions, recalls, items, recipes,
weights). The purchaser role does not move stock. In a small office the storekeeper also
buys, so purchasing is his by default too; an owner can take it from the role.
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
               default_roles=("owner", "manager", "storekeeper", "purchaser", "kitchen", "quality", "clerk",
                              "dispatcher")),
    Permission(STOCK, T("Move stock (storekeeper)"),
               T("Receipts with inspection, issues, transfers, write-offs, stocktake counts."),
               default_roles=("owner", "manager", "storekeeper")),
    Permission(PURCHASE, T("Purchase and manage suppliers (purchaser)"),
               T("Purchase orders, reorder suggestions, suppliers and their licences."),
               default_roles=("owner", "manager", "storekeeper", "purchaser")),
    Permission(MANAGE, T("Manage inventory (manager)"),
               T("Approve stocktakes, suspend suppliers, recall batches, items, locations, recipes, scorecard weights."),
               default_roles=("owner", "manager")),
    Permission(COSTS, T("See stock costs and values"), default_roles=("owner", "manager", "storekeeper", "purchaser")),
]
