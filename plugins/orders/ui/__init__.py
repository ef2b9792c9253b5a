"""The order desk's pages (PySide6). Imported only when a page is first opened."""
