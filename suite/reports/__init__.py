"""The report framework: PDF reports with reportlab, letterhead, Chinese fonts, tables, charts.

Plugins never import this package: they use :mod:`suite.plugin_api.reports`, which re-exports
what a report's ``build`` function needs. Nothing here imports reportlab at module level except
:mod:`suite.reports.document`, :mod:`suite.reports.tables`, :mod:`suite.reports.charts` and
:mod:`suite.reports.template`, which are imported only when a report is rendered (reportlab
costs about 0.3 s to import; start-up must not pay for it).

Modules:

``sfnt``        reads font files (TrueType/OpenType tables, names of a .ttc's sub-fonts)
``fonts``       finds a Chinese TrueType font on this PC and registers it (cached)
``params``      parses and validates report parameters (command line strings, form values)
``formatting``  money, dates and times in the office's time zone
``document``    :class:`ReportDocument`, the ``doc`` handed to ``build(ctx, params, doc)``
``tables``      tables split page by page with their header rows repeated
``charts``      bar, line and pie charts
``template``    page templates: letterhead, running header, "Page x of y" footer
``render``      :func:`render_report`: permission, parameters, fonts, build, atomic write
"""
