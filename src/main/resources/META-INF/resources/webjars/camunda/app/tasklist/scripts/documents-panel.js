/*
 * The documents panel of every task in Tasklist (task-detail plugin point, tab "เอกสาร"): the
 * process's documents (name, who, when, which step), download, drag-and-drop or button upload to
 * this task, and removal of one's own upload while the step is open. It talks to the server's
 * /api (th.go.obec.me.documents.DocumentsController) with the Tasklist login session; changing
 * requests carry the session's CSRF token (cookie XSRF-TOKEN) as the web apps' own requests do.
 * Loaded by scripts/config.js through requireJsConfig (AMD module, Angular module me.documents).
 */
define(['angular'], function (angular) {
  'use strict';

  var KINDS = { evidence: 'หลักฐาน', memo: 'บันทึกข้อความ', order: 'คำสั่ง', announcement: 'ประกาศ' };

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function thaiDateTime(iso) {
    try {
      return new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' })
        .format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  function size(bytes) {
    if (bytes < 0) return '';
    if (bytes < 1024) return bytes + ' ไบต์';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(0) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function message(response) {
    return response.json().then(function (body) { return body.message; }, function () {
      return 'เกิดข้อผิดพลาด (' + response.status + ')';
    });
  }

  function Panel(root) {
    this.root = root;
    this.task = null;
  }

  Panel.prototype.show = function (task) {
    this.task = task;
    this.root.innerHTML = '';
    if (!task || !task.processInstanceId) {
      this.root.appendChild(el('p', { text: 'งานนี้ไม่อยู่ในกระบวนงาน จึงไม่มีเอกสาร' }));
      return;
    }
    var self = this;
    var input = el('input', { type: 'file', multiple: 'multiple', class: 'me-documents-input', 'aria-label': 'เลือกไฟล์' });
    input.style.display = 'none';
    var button = el('button', { type: 'button', class: 'btn btn-default me-documents-choose', text: 'เลือกไฟล์…' });
    var drop = el('div', { class: 'me-documents-drop' }, [
      el('span', { text: 'ลากไฟล์มาวางที่นี่ หรือ ' }), button, input,
      el('div', { class: 'me-documents-hint',
        text: 'PDF เอกสาร Office/OpenDocument รูปภาพ ข้อความ หรือ zip ไม่เกิน 20 MB ต่อไฟล์ ไฟล์ที่แนบเป็นของกระบวนงานนี้ ทุกขั้นตอนถัดไปเห็นได้' })
    ]);
    this.status = el('p', { class: 'me-documents-status', role: 'status' });
    this.list = el('div', { class: 'me-documents-list' });
    this.root.appendChild(drop);
    this.root.appendChild(this.status);
    this.root.appendChild(this.list);

    button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () { self.upload(input.files); input.value = ''; });
    drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      drop.classList.remove('over');
      self.upload(e.dataTransfer.files);
    });
    this.load();
  };

  Panel.prototype.say = function (text, error) {
    this.status.textContent = text || '';
    this.status.className = 'me-documents-status' + (error ? ' text-danger' : '');
  };

  Panel.prototype.load = function () {
    var self = this;
    return fetch('/api/process-instances/' + encodeURIComponent(this.task.processInstanceId) + '/documents',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) return message(response).then(function (m) { throw new Error(m); });
        return response.json();
      })
      .then(function (documents) { self.render(documents); })
      .catch(function (e) { self.say(e.message, true); });
  };

  Panel.prototype.render = function (documents) {
    var self = this;
    this.list.innerHTML = '';
    if (!documents.length) {
      this.list.appendChild(el('p', { class: 'me-documents-empty', text: 'ยังไม่มีเอกสารในกระบวนงานนี้' }));
      return;
    }
    var rows = documents.slice().reverse().map(function (d) {
      var link = el('a', { href: '/api/documents/' + encodeURIComponent(d.id) + '/content', download: d.name,
        class: 'me-documents-name', text: d.name });
      var remove = null;
      if (d.removable) {
        remove = el('button', { type: 'button', class: 'btn btn-xs btn-link me-documents-remove', text: 'ลบ',
          title: 'ลบไฟล์ที่ฉันแนบ (ลบได้จนกว่าจะส่งงานขั้นตอนนี้)' });
        // Two clicks: "ลบ", then "ยืนยันการลบ" (no browser dialog).
        remove.addEventListener('click', function () {
          if (remove.getAttribute('data-confirm') === 'yes') {
            self.remove(d);
          } else {
            remove.setAttribute('data-confirm', 'yes');
            remove.textContent = 'ยืนยันการลบ';
            remove.classList.add('text-danger');
          }
        });
      }
      return el('tr', {}, [
        el('td', {}, [link, el('div', { class: 'text-muted small', text: (KINDS[d.kind] || d.kind) + ' · ' + size(d.size)
          + (d.description ? ' · ' + d.description : '') })]),
        el('td', { text: d.createdByName || d.createdBy || '' }),
        el('td', { text: d.createdAt ? thaiDateTime(d.createdAt) : '' }),
        el('td', { text: d.step || '' }),
        el('td', {}, [remove])
      ]);
    });
    this.list.appendChild(el('table', { class: 'table table-condensed me-documents-table' }, [
      el('thead', {}, [el('tr', {}, ['ไฟล์', 'แนบโดย', 'เมื่อ', 'ขั้นตอน', ''].map(function (h) {
        return el('th', { text: h });
      }))]),
      el('tbody', {}, rows)
    ]));
  };

  Panel.prototype.upload = function (files) {
    var self = this;
    var queue = Array.prototype.slice.call(files || []);
    // The list is read again only when a file was added: a refusal changes nothing, and a reload
    // would reset a removal the person is confirming.
    var added = false;
    var refused = [];
    var next = function () {
      var file = queue.shift();
      if (!file) {
        // Every refused file stays named with its reason once the others are listed.
        return (added ? self.load() : Promise.resolve()).then(function () {
          if (refused.length) self.say(refused.join(' — '), true);
        });
      }
      self.say('กำลังแนบ ' + file.name + ' …');
      var body = new FormData();
      body.append('file', file, file.name);
      return fetch('/api/tasks/' + encodeURIComponent(self.task.id) + '/documents', {
        method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' }
      }).then(function (response) {
        if (response.status === 201) {
          added = true;
          self.say('แนบ ' + file.name + ' แล้ว');
          return next();
        }
        // A refused file is named with the reason; the other files still go.
        return message(response).then(function (m) { refused.push(file.name + ': ' + m); return next(); });
      }, function () { self.say('ส่งไฟล์ ' + file.name + ' ไม่สำเร็จ (เครือข่าย) กรุณาลองใหม่', true); });
    };
    return next();
  };

  Panel.prototype.remove = function (d) {
    var self = this;
    self.say('กำลังลบ ' + d.name + ' …');
    fetch('/api/documents/' + encodeURIComponent(d.id), {
      method: 'DELETE', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() }
    }).then(function (response) {
      if (response.status === 204) {
        self.say('ลบ ' + d.name + ' แล้ว');
        return self.load();
      }
      return message(response).then(function (m) { self.say(m, true); });
    });
  };

  var style = document.createElement('style');
  style.textContent = '.me-documents{padding:10px 15px}'
    + '.me-documents-drop{border:2px dashed #b5b5b5;border-radius:6px;padding:14px;text-align:center;margin-bottom:8px}'
    + '.me-documents-drop.over{border-color:#2b7bb9;background:#eef6fc}'
    + '.me-documents-input{display:none}'
    + '.me-documents-hint{color:#777;font-size:12px;margin-top:6px}'
    + '.me-documents-table td{vertical-align:top}';
  document.head.appendChild(style);

  // webapps.plugin provides ViewsProvider: without the dependency its config may run first.
  var ngModule = angular.module('me.documents', ['webapps.plugin']);
  ngModule.config(['ViewsProvider', function (ViewsProvider) {
    ViewsProvider.registerDefaultView('tasklist.task.detail', {
      id: 'me-documents',
      label: 'เอกสาร',
      priority: 500,
      template: '<div class="me-documents" me-documents-panel></div>',
      controller: ['$scope', function () {}]
    });
  }]);
  // The panel is built on the template's own element once it is linked (the view's controller
  // runs before its template is in place), and follows the task the view shows.
  ngModule.directive('meDocumentsPanel', [function () {
    return {
      restrict: 'A',
      link: function (scope, element) {
        var panel = new Panel(element[0]);
        scope.taskData.observe('task', function (task) { panel.show(task); });
      }
    };
  }]);
  return ngModule;
});
