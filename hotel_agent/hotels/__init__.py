"""Hotels and the staff who work for them: the bottom of the import graph.

Every app may import from here; this package imports from none of them.
"""
