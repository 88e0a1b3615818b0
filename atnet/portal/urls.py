from django.urls import path

from . import feeds, views

app_name = "portal"

# Mounted inside i18n_patterns: every path here exists once per language.
urlpatterns = [
    path("search/", views.search, name="search"),
    path("not-translated/<int:page_id>/", views.not_translated, name="not_translated"),
    path("feeds/news.rss", feeds.NewsFeed(), name="news_feed"),
    path("feeds/events.rss", feeds.EventsFeed(), name="events_feed"),
    path("feeds/events.ics", feeds.events_calendar, name="events_calendar"),
]
