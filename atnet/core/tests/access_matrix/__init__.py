"""Support for the access matrix test: the URL table, the personas, the data and the requests."""
