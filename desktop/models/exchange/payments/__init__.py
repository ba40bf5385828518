"""Payment bills: WeChat Pay and Alipay exports read into lines, and their ledger import."""
